package org.sextant.project.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sextant.identity.Role;
import org.sextant.identity.User;
import org.sextant.identity.Users;
import org.sextant.platform.PageRequest;
import org.sextant.portfolio.Portfolio;
import org.sextant.portfolio.Portfolios;
import org.sextant.program.Program;
import org.sextant.program.Programs;
import org.springframework.stereotype.Component;

/** Names for the ids a project refers to (portfolios, programs, people), and the choices for the project form. */
@Component
class Names {

    private final Portfolios portfolios;
    private final Programs programs;
    private final Users users;

    Names(Portfolios portfolios, Programs programs, Users users) {
        this.portfolios = portfolios;
        this.programs = programs;
        this.users = users;
    }

    /** Lookup tables for a page: portfolio, program and user id (as long) → name. */
    record Lookup(List<Portfolio> portfolioList, List<Program> programList, Map<Long, String> portfolio,
            Map<Long, String> program, Map<Long, String> user) {

        public String portfolioName(Object id) {
            return id == null ? "" : portfolio.getOrDefault(Long.valueOf(id.toString()), "");
        }

        public String programName(Object id) {
            return id == null ? "" : program.getOrDefault(Long.valueOf(id.toString()), "");
        }

        public String userName(Object id) {
            return id == null ? "" : user.getOrDefault(Long.valueOf(id.toString()), "");
        }
    }

    Lookup lookup() {
        List<Portfolio> allPortfolios = portfolios.all().stream().sorted(Comparator.comparing(Portfolio::name)).toList();
        List<Program> allPrograms = programs.all().stream().sorted(Comparator.comparing(Program::name)).toList();
        Map<Long, String> people = users.list(null, null, PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream()
                .collect(Collectors.toMap(u -> u.id().value(), User::displayName, (a, b) -> a));
        return new Lookup(allPortfolios, allPrograms,
                allPortfolios.stream().collect(Collectors.toMap(p -> p.id().value(), Portfolio::name, (a, b) -> a, LinkedHashMap::new)),
                allPrograms.stream().collect(Collectors.toMap(p -> p.id().value(), Program::name, (a, b) -> a, LinkedHashMap::new)),
                people);
    }

    /** People who may manage a project: program and project managers, PMO. */
    List<User> managers() {
        List<User> all = new ArrayList<>(users.withRole(Role.PROJECT_MANAGER));
        for (Role role : List.of(Role.PROGRAM_MANAGER, Role.PMO)) {
            users.withRole(role).stream().filter(u -> all.stream().noneMatch(a -> a.id().equals(u.id()))).forEach(all::add);
        }
        all.sort(Comparator.comparing(User::displayName));
        return all;
    }
}
