package org.sextant.capacity.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.sextant.capacity.Allocation;
import org.sextant.capacity.AllocationUnit;
import org.sextant.capacity.Allocations;
import org.sextant.capacity.Capacity;
import org.sextant.capacity.CapacityArithmetic;
import org.sextant.capacity.CapacityArithmetic.Availability;
import org.sextant.capacity.CapacityGrid;
import org.sextant.capacity.CapacityGrid.GroupBy;
import org.sextant.capacity.Firmness;
import org.sextant.capacity.PeriodUnit;
import org.sextant.capacity.Periods;
import org.sextant.identity.Department;
import org.sextant.identity.Users;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.resource.Absence;
import org.sextant.resource.Absences;
import org.sextant.resource.AssignmentDemand;
import org.sextant.resource.AssignmentDemands;
import org.sextant.resource.Resource;
import org.sextant.resource.ResourceId;
import org.sextant.resource.ResourceKind;
import org.sextant.resource.Resources;
import org.sextant.resource.SkillId;
import org.sextant.schedule.Calendars;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link Capacity} computed on request from resources, calendars, assignment demand and allocations,
 * with {@link CapacityArithmetic}. A period is over-allocated when its demand (assignments + hard +
 * soft) exceeds capacity; a row is under-used when its committed demand is below
 * {@value #UNDER_USE_PERCENT}% of its capacity over the horizon.
 */
@Service
@Transactional(readOnly = true)
class PortfolioCapacity implements Capacity {

    static final double UNDER_USE_PERCENT = 50;
    private static final int MAX_DAYS = 3 * 366;
    private static final double EPSILON = 1e-6;

    private final Resources resources;
    private final Calendars calendars;
    private final AssignmentDemands demands;
    private final Allocations allocations;
    private final Users users;
    private final Absences absences;

    PortfolioCapacity(Resources resources, Calendars calendars, AssignmentDemands demands, Allocations allocations,
            Users users, Absences absences) {
        this.absences = absences;
        this.resources = resources;
        this.calendars = calendars;
        this.demands = demands;
        this.allocations = allocations;
        this.users = users;
    }

    /** Per resource: its availability and its rows of hours per period. */
    private record Load(Resource resource, Availability availability, double[] capacity, double[] assigned,
            double[] hard, double[] soft) {

        Load(Resource resource, Availability availability, int periods) {
            this(resource, availability, new double[periods], new double[periods], new double[periods],
                    new double[periods]);
        }
    }

    @Override
    public CapacityGrid grid(LocalDate from, LocalDate to, PeriodUnit unit, GroupBy groupBy, Filter filter) {
        if (to.isBefore(from)) {
            throw BusinessRuleException.invalid("to", "the horizon ends before it starts");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw BusinessRuleException.invalid("to", "the horizon is limited to three years");
        }
        Periods periods = new Periods(from, to, unit);
        Map<ResourceId, Load> loads = loads(periods, filter);
        List<CapacityGrid.Row> rows = switch (groupBy) {
            case RESOURCE -> loads.values().stream().map(l -> row(l.resource().id().toString(), l.resource().name(),
                    List.of(l), periods)).toList();
            case ROLE -> roleRows(loads, periods);
            case DEPARTMENT -> grouped(loads, periods, l -> List.of(l.resource().departmentId() == null ? "-"
                    : l.resource().departmentId().toString()), this::departmentName);
            case SKILL -> {
                Map<String, String> names = new HashMap<>();
                yield grouped(loads, periods, l -> l.resource().skills().isEmpty() ? List.of("-")
                        : l.resource().skills().stream().map(s -> {
                            names.put(s.skillId().toString(), s.skill());
                            return s.skillId().toString();
                        }).toList(), key -> key.equals("-") ? "(no skill)" : names.getOrDefault(key, key));
            }
        };
        rows = rows.stream().sorted(Comparator.comparing(CapacityGrid.Row::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<CapacityGrid.Period> columns = new ArrayList<>();
        for (int p = 0; p < periods.count(); p++) {
            columns.add(new CapacityGrid.Period(periods.label(p), periods.start(p), periods.finish(p)));
        }
        return new CapacityGrid(from, to, unit, groupBy, columns, rows, kpis(loads.values(), rows));
    }

    /**
     * One row per generic role: the role's own demand against the capacity of the people who could fill
     * it ({@link #qualifies}); a role has no capacity of its own.
     */
    private List<CapacityGrid.Row> roleRows(Map<ResourceId, Load> loads, Periods periods) {
        List<Load> roles = loads.values().stream().filter(l -> l.resource().kind() == ResourceKind.ROLE).toList();
        if (roles.isEmpty()) {
            return List.of();
        }
        Map<ResourceId, Load> people = loads(periods, new Filter(null, null, ResourceKind.PERSON.name()), false);
        List<CapacityGrid.Row> rows = new ArrayList<>();
        for (Load role : roles) {
            double[] capacity = new double[periods.count()];
            for (Load person : people.values()) {
                if (qualifies(person.resource(), role.resource())) {
                    for (int p = 0; p < capacity.length; p++) {
                        capacity[p] += person.capacity()[p];
                    }
                }
            }
            Load combined = new Load(role.resource(), role.availability(), capacity, role.assigned(), role.hard(),
                    role.soft());
            rows.add(row(role.resource().id().toString(), role.resource().name(), List.of(combined), periods));
        }
        return rows;
    }

    /**
     * Whether {@code person} could fill {@code role}: an active person who has every skill the role names
     * at least at the role's proficiency; any active person for a role that names no skill.
     */
    static boolean qualifies(Resource person, Resource role) {
        if (person.kind() != ResourceKind.PERSON || !person.active()) {
            return false;
        }
        for (Resource.SkillLevel needed : role.skills()) {
            boolean has = person.skills().stream().anyMatch(s -> s.skillId().equals(needed.skillId())
                    && s.proficiency() >= needed.proficiency());
            if (!has) {
                return false;
            }
        }
        return true;
    }

    private Map<ResourceId, Load> loads(Periods periods, Filter filter) {
        return loads(periods, filter, true);
    }

    /**
     * The rows of hours of each active resource matching {@code filter}: capacity from calendar × max units
     * less absences, within employment (none for a ROLE: a role is demand, not a person); and, when
     * {@code withDemand}, its assignments and allocations.
     */
    private Map<ResourceId, Load> loads(Periods periods, Filter filter, boolean withDemand) {
        CalendarMinutes minutes = new CalendarMinutes(calendars.all());
        Map<Object, ToIntFunction<LocalDate>> byCalendar = new HashMap<>();
        Map<ResourceId, Load> loads = new LinkedHashMap<>();
        Map<ResourceId, CapacityArithmetic.Absent> absent = absent(periods.from(), periods.to());
        Resources.Filter query = new Resources.Filter(null,
                filter.kind() == null ? null : Capacity.parse(ResourceKind.class, "kind", filter.kind()), filter.departmentId(),
                filter.skillId() == null ? null : SkillId.of(filter.skillId()), true);
        for (int page = 0; ; page++) {
            PageResult<Resource> result = resources.list(query, PageRequest.of(page, PageRequest.MAX_SIZE));
            for (Resource r : result.items()) {
                ToIntFunction<LocalDate> work = byCalendar.computeIfAbsent(r.calendarId() == null ? "none"
                        : r.calendarId(), k -> minutes.of(r.calendarId(), periods));
                Availability availability = new Availability(work, r.maxUnits().doubleValue(), r.employmentStart(),
                        r.employmentEnd(), absent.getOrDefault(r.id(), CapacityArithmetic.Absent.NEVER));
                Load load = new Load(r, availability, periods.count());
                if (r.kind() != ResourceKind.ROLE) {
                    CapacityArithmetic.addCapacity(load.capacity(), periods, availability);
                }
                loads.put(r.id(), load);
            }
            if ((long) (page + 1) * PageRequest.MAX_SIZE >= result.total()) {
                break;
            }
        }
        if (!withDemand) {
            return loads;
        }
        for (AssignmentDemand d : demands.overlapping(periods.from(), periods.to())) {
            Load load = loads.get(d.resourceId());
            if (load != null) {
                CapacityArithmetic.addWork(load.assigned(), periods, load.availability().workingMinutes(), d.start(),
                        d.finish(), d.workMinutes() / 60.0);
            }
        }
        for (Allocation a : allocations.overlapping(periods.from(), periods.to())) {
            Load load = loads.get(a.resourceId());
            if (load != null) {
                double[] into = a.firmness() == Firmness.HARD ? load.hard() : load.soft();
                if (a.unit() == AllocationUnit.HOURS) {
                    CapacityArithmetic.addWork(into, periods, load.availability().workingMinutes(), a.start(),
                            a.finish(), a.amount().doubleValue());
                } else {
                    CapacityArithmetic.addShare(into, periods, load.availability(), a.start(), a.finish(),
                            a.amount().doubleValue());
                }
            }
        }
        return loads;
    }

    /** Per resource with absences in {@code from..to}: the minutes it is away on a day. */
    private Map<ResourceId, CapacityArithmetic.Absent> absent(LocalDate from, LocalDate to) {
        Map<ResourceId, List<Absence>> byResource = new HashMap<>();
        for (Absence a : absences.overlapping(from, to)) {
            byResource.computeIfAbsent(a.resourceId(), k -> new ArrayList<>()).add(a);
        }
        Map<ResourceId, CapacityArithmetic.Absent> result = new HashMap<>();
        byResource.forEach((resource, list) -> result.put(resource, absent(list)));
        return result;
    }

    /** The minutes off a day for overlapping absences: the largest of them, at most the working time. */
    static CapacityArithmetic.Absent absent(List<Absence> absences) {
        return (day, working) -> {
            int off = 0;
            for (Absence a : absences) {
                if (a.covers(day)) {
                    off = Math.max(off, a.minutesOff(working));
                }
            }
            return off;
        };
    }

    private List<CapacityGrid.Row> grouped(Map<ResourceId, Load> loads, Periods periods,
            java.util.function.Function<Load, List<String>> keys, java.util.function.Function<String, String> name) {
        Map<String, List<Load>> groups = new LinkedHashMap<>();
        for (Load load : loads.values()) {
            for (String key : keys.apply(load)) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(load);
            }
        }
        List<CapacityGrid.Row> rows = new ArrayList<>();
        groups.forEach((key, members) -> rows.add(row(key, name.apply(key), members, periods)));
        return rows;
    }

    private String departmentName(String key) {
        if (key.equals("-")) {
            return "(no department)";
        }
        return users.findDepartment(Long.parseLong(key)).map(Department::name).orElse(key);
    }

    private static CapacityGrid.Row row(String key, String name, List<Load> members, Periods periods) {
        List<CapacityGrid.Cell> cells = new ArrayList<>(periods.count());
        double capacity = 0;
        double committed = 0;
        for (int p = 0; p < periods.count(); p++) {
            double c = 0;
            double assigned = 0;
            double hard = 0;
            double soft = 0;
            for (Load m : members) {
                c += m.capacity()[p];
                assigned += m.assigned()[p];
                hard += m.hard()[p];
                soft += m.soft()[p];
            }
            cells.add(cell(c, assigned, hard, soft));
            capacity += c;
            committed += assigned + hard;
        }
        return new CapacityGrid.Row(key, name, cells, capacity > 0 ? round(100 * committed / capacity) : null);
    }

    static CapacityGrid.Cell cell(double capacity, double assigned, double hard, double soft) {
        double demand = assigned + hard + soft;
        Double percent = capacity > 0 ? round(100 * demand / capacity) : null;
        CapacityGrid.Load load;
        if (demand > capacity + EPSILON) {
            load = CapacityGrid.Load.OVER;
        } else if (capacity <= 0) {
            load = CapacityGrid.Load.NONE;
        } else if (100 * demand / capacity < UNDER_USE_PERCENT) {
            load = CapacityGrid.Load.UNDER;
        } else {
            load = CapacityGrid.Load.OK;
        }
        return new CapacityGrid.Cell(round(capacity), round(assigned), round(hard), round(soft), percent, load);
    }

    private static CapacityGrid.Kpis kpis(java.util.Collection<Load> loads, List<CapacityGrid.Row> rows) {
        double capacity = 0;
        double committed = 0;
        double soft = 0;
        for (Load l : loads) {
            for (int p = 0; p < l.capacity().length; p++) {
                capacity += l.capacity()[p];
                committed += l.assigned()[p] + l.hard()[p];
                soft += l.soft()[p];
            }
        }
        int overRows = 0;
        int underRows = 0;
        int overCells = 0;
        for (CapacityGrid.Row row : rows) {
            long over = row.cells().stream().filter(c -> c.load() == CapacityGrid.Load.OVER).count();
            overCells += (int) over;
            overRows += over > 0 ? 1 : 0;
            underRows += row.utilisation() != null && row.utilisation() < UNDER_USE_PERCENT ? 1 : 0;
        }
        return new CapacityGrid.Kpis(round(capacity), round(committed), round(soft),
                capacity > 0 ? round(100 * committed / capacity) : null,
                capacity > 0 ? round(100 * (committed + soft) / capacity) : null, overRows, underRows, overCells);
    }

    @Override
    public List<CapacityGrid.Contribution> contributions(ResourceId resource, LocalDate from, LocalDate to) {
        Resource r = resources.get(resource);
        Periods periods = new Periods(from, to, PeriodUnit.DAY);
        ToIntFunction<LocalDate> work = new CalendarMinutes(calendars.all()).of(r.calendarId(), periods);
        Availability availability = new Availability(work, r.maxUnits().doubleValue(), r.employmentStart(),
                r.employmentEnd(), absent(from, to).getOrDefault(resource, CapacityArithmetic.Absent.NEVER));
        List<CapacityGrid.Contribution> result = new ArrayList<>();
        for (AssignmentDemand d : demands.overlapping(from, to)) {
            if (d.resourceId().equals(resource)) {
                double[] hours = new double[periods.count()];
                CapacityArithmetic.addWork(hours, periods, work, d.start(), d.finish(), d.workMinutes() / 60.0);
                result.add(new CapacityGrid.Contribution("TASK", d.projectId().value(), d.taskId().value(),
                        d.taskName(), round(sum(hours))));
            }
        }
        for (Allocation a : allocations.overlapping(from, to)) {
            if (a.resourceId().equals(resource)) {
                double[] hours = new double[periods.count()];
                if (a.unit() == AllocationUnit.HOURS) {
                    CapacityArithmetic.addWork(hours, periods, work, a.start(), a.finish(), a.amount().doubleValue());
                } else {
                    CapacityArithmetic.addShare(hours, periods, availability, a.start(), a.finish(),
                            a.amount().doubleValue());
                }
                result.add(new CapacityGrid.Contribution(a.firmness().name(), a.projectId().value(), null,
                        "Allocation " + a.start() + " – " + a.finish(), round(sum(hours))));
            }
        }
        result.sort(Comparator.comparingDouble(CapacityGrid.Contribution::hours).reversed());
        return result;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
