package org.sextant.capacity.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sextant.capacity.Allocation;
import org.sextant.capacity.AllocationId;
import org.sextant.capacity.AllocationUnit;
import org.sextant.capacity.Allocations;
import org.sextant.capacity.Capacity;
import org.sextant.capacity.CapacityGrid;
import org.sextant.capacity.PeriodUnit;
import org.sextant.capacity.Staffing;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.resource.Resource;
import org.sextant.resource.ResourceId;
import org.sextant.resource.ResourceKind;
import org.sextant.resource.Resources;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Staffing} from the capacity grid of the candidates over the allocation's period. */
@Service
@Transactional(readOnly = true)
class StaffingSuggestions implements Staffing {

    private final Allocations allocations;
    private final Resources resources;
    private final Capacity capacity;

    StaffingSuggestions(Allocations allocations, Resources resources, Capacity capacity) {
        this.allocations = allocations;
        this.resources = resources;
        this.capacity = capacity;
    }

    @Override
    public List<Candidate> candidates(AllocationId id) {
        Allocation allocation = allocations.get(id);
        Resource role = requireRole(allocation);
        Map<ResourceId, Resource> people = new LinkedHashMap<>();
        if (role.skills().isEmpty()) {
            collect(people, new Resources.Filter(null, ResourceKind.PERSON, null, null, true));
        }
        for (Resource.SkillLevel skill : role.skills()) {
            collect(people, new Resources.Filter(null, ResourceKind.PERSON, null, skill.skillId(), true));
        }
        Map<String, double[]> load = new HashMap<>();
        CapacityGrid grid = capacity.grid(allocation.start(), allocation.finish(), PeriodUnit.MONTH,
                CapacityGrid.GroupBy.RESOURCE, new Capacity.Filter(null, null, ResourceKind.PERSON.name()));
        for (CapacityGrid.Row row : grid.rows()) {
            double cap = row.cells().stream().mapToDouble(CapacityGrid.Cell::capacity).sum();
            double demand = row.cells().stream().mapToDouble(c -> c.assigned() + c.hard() + c.soft()).sum();
            load.put(row.key(), new double[] {cap, demand});
        }
        List<Candidate> result = new ArrayList<>();
        for (Resource person : people.values()) {
            double[] figures = load.getOrDefault(person.id().toString(), new double[] {0, 0});
            double needed = allocation.unit() == AllocationUnit.HOURS ? allocation.amount().doubleValue()
                    : figures[0] * allocation.amount().doubleValue() / 100;
            double free = Math.max(0, figures[0] - figures[1]);
            int matched = 0;
            int proficiency = 0;
            for (Resource.SkillLevel wanted : role.skills()) {
                for (Resource.SkillLevel has : person.skills()) {
                    if (has.skillId().equals(wanted.skillId())) {
                        matched++;
                        proficiency += has.proficiency();
                    }
                }
            }
            result.add(new Candidate(person.id(), person.name(), matched, proficiency, round(needed), round(free),
                    needed > 0 && free + 1e-6 >= needed));
        }
        result.sort(Comparator.comparing(Candidate::fits).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::matchedSkills).reversed())
                .thenComparing(Comparator.comparingInt(Candidate::proficiency).reversed())
                .thenComparing(Comparator.comparingDouble(Candidate::freeHours).reversed()));
        return result;
    }

    @Override
    @Transactional
    public Allocation staff(AllocationId id, long expectedVersion, ResourceId person) {
        Allocation allocation = allocations.get(id);
        requireRole(allocation);
        Resource chosen = resources.get(person);
        if (chosen.kind() != ResourceKind.PERSON) {
            throw BusinessRuleException.invalid("resourceId", chosen.name() + " is not a person");
        }
        return allocations.update(id, expectedVersion, new Allocation.Draft(allocation.projectId(), person,
                allocation.start(), allocation.finish(), allocation.unit(), allocation.amount(), allocation.firmness(),
                allocation.note()));
    }

    private Resource requireRole(Allocation allocation) {
        Resource role = resources.get(allocation.resourceId());
        if (role.kind() != ResourceKind.ROLE) {
            throw BusinessRuleException.invalid("resourceId", "the allocation is already staffed by " + role.name());
        }
        return role;
    }

    private void collect(Map<ResourceId, Resource> into, Resources.Filter filter) {
        for (int page = 0; ; page++) {
            PageResult<Resource> result = resources.list(filter, PageRequest.of(page, PageRequest.MAX_SIZE));
            result.items().forEach(r -> into.putIfAbsent(r.id(), r));
            if ((long) (page + 1) * PageRequest.MAX_SIZE >= result.total()) {
                return;
            }
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
