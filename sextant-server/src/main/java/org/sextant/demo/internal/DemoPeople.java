package org.sextant.demo.internal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sextant.identity.Department;
import org.sextant.identity.Role;
import org.sextant.identity.UserDraft;
import org.sextant.identity.UserId;
import org.sextant.identity.Users;
import org.sextant.resource.Resource;
import org.sextant.resource.ResourceKind;
import org.sextant.resource.Resources;
import org.sextant.resource.Skill;
import org.sextant.resource.Skills;
import org.sextant.schedule.CalendarId;
import org.sextant.schedule.Calendars;
import org.sextant.schedule.WorkCalendar;
import org.sextant.schedule.WorkCalendar.WorkingTime;

/** The organisation's people: departments, one user per role, skills, resources and calendars. */
final class DemoPeople {

    /** Demo logins: username → role. */
    static final Map<String, Role> LOGINS = new LinkedHashMap<>();

    static {
        LOGINS.put("pmo", Role.PMO);
        LOGINS.put("exec", Role.EXECUTIVE);
        LOGINS.put("progmgr", Role.PROGRAM_MANAGER);
        LOGINS.put("projmgr", Role.PROJECT_MANAGER);
        LOGINS.put("member", Role.TEAM_MEMBER);
    }

    /** What the projects are built from. */
    record Staff(Map<String, UserId> users, List<UserId> projectManagers, Map<String, List<Resource>> byDepartment,
            Resource member, List<Resource> roles, CalendarId standard) {
    }

    private final Random random;
    private final Users users;
    private final Skills skills;
    private final Resources resources;
    private final Calendars calendars;
    private final String password;

    DemoPeople(Random random, Users users, Skills skills, Resources resources, Calendars calendars, String password) {
        this.random = random;
        this.users = users;
        this.skills = skills;
        this.resources = resources;
        this.calendars = calendars;
        this.password = password;
    }

    Staff create() {
        CalendarId standard = calendars();
        Map<String, Long> departments = new LinkedHashMap<>();
        Map<String, Skill> skillByName = new LinkedHashMap<>();
        for (DemoNames.Dept dept : DemoNames.DEPARTMENTS) {
            Department d = users.createDepartment(dept.code(), dept.name(), dept.name() + " department");
            departments.put(dept.code(), d.id());
            for (String name : dept.skills()) {
                skillByName.put(name, skills.create(new Skill.Draft(name, dept.name())));
            }
        }
        skillByName.put("Project management", skills.create(new Skill.Draft("Project management", "Management")));

        Map<String, UserId> logins = new LinkedHashMap<>();
        LOGINS.forEach((username, role) -> logins.put(username, user(username, displayName(username, role), role,
                departments.get(role == Role.TEAM_MEMBER ? "ENG" : "BIZ"))));
        List<UserId> managers = new ArrayList<>(List.of(logins.get("projmgr")));
        for (int i = 0; i < 3; i++) {
            String name = DemoNames.pick(random, DemoNames.FIRST) + " " + DemoNames.pick(random, DemoNames.LAST);
            managers.add(user("pm" + (i + 2), name, Role.PROJECT_MANAGER, departments.get("BIZ")));
        }

        Map<String, List<Resource>> byDepartment = new LinkedHashMap<>();
        Resource member = null;
        for (DemoNames.Dept dept : DemoNames.DEPARTMENTS) {
            List<Resource> people = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                boolean isMember = member == null && dept.code().equals("ENG");
                String name = isMember ? "Maria Member" : DemoNames.pick(random, DemoNames.FIRST) + " "
                        + DemoNames.pick(random, DemoNames.LAST);
                List<Resource.SkillLevel> levels = new ArrayList<>();
                List<String> own = new ArrayList<>(dept.skills());
                java.util.Collections.shuffle(own, random);
                for (String skill : own.subList(0, 1 + random.nextInt(Math.min(3, own.size())))) {
                    levels.add(new Resource.SkillLevel(skillByName.get(skill).id(), null, 1 + random.nextInt(5)));
                }
                BigDecimal rate = BigDecimal.valueOf(55 + random.nextInt(14) * 5L);
                Resource r = resources.create(new Resource.Draft(name, ResourceKind.PERSON, email(name),
                        isMember ? logins.get("member") : null, departments.get(dept.code()), levels, rate, "EUR",
                        random.nextInt(5) == 0 ? new BigDecimal("0.80") : BigDecimal.ONE, null,
                        LocalDate.of(2015 + random.nextInt(10), 1 + random.nextInt(12), 1), null, true));
                people.add(r);
                if (isMember) {
                    member = r;
                }
            }
            byDepartment.put(dept.code(), people);
        }
        List<Resource> roles = List.of(
                role("Senior developer (external)", ResourceKind.ROLE, departments.get("ENG"), 110, "3.00"),
                role("Test lab", ResourceKind.EQUIPMENT, departments.get("OPS"), 40, "2.00"),
                role("Training room", ResourceKind.EQUIPMENT, departments.get("BIZ"), 25, "1.00"));
        return new Staff(logins, managers, byDepartment, member, roles, standard);
    }

    private Resource role(String name, ResourceKind kind, long department, int rate, String units) {
        return resources.create(new Resource.Draft(name, kind, null, null, department, List.of(), BigDecimal.valueOf(rate),
                "EUR", new BigDecimal(units), null, null, null, true));
    }

    private UserId user(String username, String displayName, Role role, Long department) {
        return users.findByUsername(username).map(u -> u.id()).orElseGet(() -> users.create(new UserDraft(username,
                username + "@sextant.local", displayName, password, EnumSet.of(role), department, true)).id());
    }

    private static String displayName(String username, Role role) {
        return switch (role) {
            case PMO -> "Petra PMO";
            case EXECUTIVE -> "Erik Executive";
            case PROGRAM_MANAGER -> "Greta Program-Manager";
            case PROJECT_MANAGER -> "Jan Project-Manager";
            case TEAM_MEMBER -> "Maria Member";
            case ADMIN -> username;
        };
    }

    private static String email(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z ]", "")
                .toLowerCase().replace(' ', '.') + "@example.org";
    }

    /** A standard five-day calendar with Dutch national holidays 2025-2028, and two derived or special ones. */
    private CalendarId calendars() {
        List<WorkingTime> day = List.of(new WorkingTime(LocalTime.of(8, 0), LocalTime.of(12, 0)),
                new WorkingTime(LocalTime.of(13, 0), LocalTime.of(17, 0)));
        Map<DayOfWeek, List<WorkingTime>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            week.put(d, d.getValue() <= 5 ? day : List.of());
        }
        List<WorkCalendar.CalendarException> holidays = new ArrayList<>();
        for (String[] fixed : new String[][] {{"New Year's Day", "1", "1"}, {"Christmas Day", "12", "25"},
            {"Boxing Day", "12", "26"}}) {
            java.time.Month month = java.time.Month.of(Integer.parseInt(fixed[1]));
            holidays.add(new WorkCalendar.CalendarException(fixed[0], LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31),
                    false, List.of(), new WorkCalendar.Recurrence(WorkCalendar.Recurrence.Type.YEARLY_ON_DAY, null, null,
                            Integer.parseInt(fixed[2]), null, null, month, null)));
        }
        String[][] dates = {
            {"Good Friday", "2025-04-18", "2026-04-03", "2027-03-26", "2028-04-14"},
            {"Easter Monday", "2025-04-21", "2026-04-06", "2027-03-29", "2028-04-17"},
            {"King's Day", "2025-04-26", "2026-04-27", "2027-04-27", "2028-04-27"},
            {"Ascension Day", "2025-05-29", "2026-05-14", "2027-05-06", "2028-05-25"},
            {"Whit Monday", "2025-06-09", "2026-05-25", "2027-05-17", "2028-06-05"}};
        for (String[] holiday : dates) {
            for (int i = 1; i < holiday.length; i++) {
                LocalDate date = LocalDate.parse(holiday[i]);
                holidays.add(new WorkCalendar.CalendarException(holiday[0] + " " + date.getYear(), date, date, false, List.of(), null));
            }
        }
        holidays.add(new WorkCalendar.CalendarException("Year-end release weekend 2026", LocalDate.of(2026, 12, 19),
                LocalDate.of(2026, 12, 19), true, List.of(new WorkingTime(LocalTime.of(9, 0), LocalTime.of(13, 0))), null));
        WorkCalendar standard = calendars.create(new WorkCalendar.Draft("Standard 5-day (NL holidays)", null, week,
                480, 2400, 20, holidays));
        calendars.create(new WorkCalendar.Draft("Short Fridays", standard.id(),
                Map.of(DayOfWeek.FRIDAY, List.of(day.getFirst())), 448, 2240, 20, List.of()));
        Map<DayOfWeek, List<WorkingTime>> allWeek = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            allWeek.put(d, List.of(new WorkingTime(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)));
        }
        calendars.create(new WorkCalendar.Draft("Data centre 24/7", null, allWeek, 1440, 10080, 30, List.of()));
        return standard.id();
    }
}
