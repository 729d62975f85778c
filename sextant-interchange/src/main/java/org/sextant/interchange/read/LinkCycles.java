package org.sextant.interchange.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sextant.interchange.model.LinkData;
import org.sextant.interchange.model.ProjectData;
import org.sextant.interchange.model.TaskData;

/**
 * Finds a loop among a project's links by iterative depth-first search (O(tasks + links)); returns
 * the names of the tasks on the first loop found, empty when there is none.
 */
public final class LinkCycles {

    private LinkCycles() {
    }

    public static List<String> find(ProjectData project) {
        Map<String, List<String>> successors = new HashMap<>();
        for (LinkData link : project.links()) {
            successors.computeIfAbsent(link.predecessorKey(), k -> new ArrayList<>()).add(link.successorKey());
        }
        Map<String, Integer> state = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (TaskData task : project.tasks()) {
            names.put(task.key(), task.name());
        }
        for (String start : successors.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            Deque<String> path = new ArrayDeque<>();
            Deque<Integer> next = new ArrayDeque<>();
            path.push(start);
            next.push(0);
            state.put(start, 1);
            while (!path.isEmpty()) {
                String node = path.peek();
                int index = next.pop();
                List<String> out = successors.getOrDefault(node, List.of());
                if (index < out.size()) {
                    next.push(index + 1);
                    String target = out.get(index);
                    Integer seen = state.get(target);
                    if (seen == null) {
                        state.put(target, 1);
                        path.push(target);
                        next.push(0);
                    } else if (seen == 1) {
                        List<String> cycle = new ArrayList<>();
                        for (String member : path) {
                            cycle.add(names.getOrDefault(member, member));
                            if (member.equals(target)) {
                                break;
                            }
                        }
                        Collections.reverse(cycle);
                        cycle.add(names.getOrDefault(target, target));
                        return cycle;
                    }
                } else {
                    state.put(node, 2);
                    path.pop();
                }
            }
        }
        return List.of();
    }
}
