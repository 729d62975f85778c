package org.sextant.timesheet.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.sextant.demo.DemoOrganisationCreated;
import org.sextant.identity.CurrentUser;
import org.sextant.identity.SextantPrincipal;
import org.sextant.identity.User;
import org.sextant.identity.Users;
import org.sextant.resource.MyTask;
import org.sextant.timesheet.Timesheet;
import org.sextant.timesheet.TimesheetApprovals;
import org.sextant.timesheet.Timesheets;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo timesheets for Maria Member (login {@code member}), made through the timesheet API as she and
 * her project manager ({@code projmgr}) would: the weeks her first tasks were planned in, all but the
 * last two approved, the second-to-last rejected with a reason and the last one submitted and awaiting
 * {@code projmgr}.
 */
@Component
class TimesheetDemo {

    private static final int WEEKS = 6;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TimesheetDemo.class);

    private final Timesheets timesheets;
    private final TimesheetApprovals approvals;
    private final MyAssignments assigned;
    private final Users users;

    TimesheetDemo(Timesheets timesheets, TimesheetApprovals approvals, MyAssignments assigned, Users users) {
        this.timesheets = timesheets;
        this.approvals = approvals;
        this.assigned = assigned;
        this.users = users;
    }

    @EventListener
    void on(DemoOrganisationCreated event) {
        User member = users.findByUsername("member").orElse(null);
        User manager = users.findByUsername("projmgr").orElse(null);
        if (member == null || manager == null) {
            return;
        }
        long started = System.nanoTime();
        Random random = event.random();
        List<MyTask> tasks = as(member, () -> new ArrayList<>(assigned.byTask().values()));
        TreeSet<LocalDate> weeks = new TreeSet<>();
        for (MyTask task : tasks) {
            if (task.plannedStart() != null && task.plannedFinish() != null) {
                LocalDate monday = Timesheets.weekOf(task.plannedStart().toLocalDate());
                for (LocalDate w = monday; !w.isAfter(task.plannedFinish().toLocalDate()); w = w.plusWeeks(1)) {
                    weeks.add(w);
                }
            }
        }
        List<LocalDate> chosen = new ArrayList<>(weeks).subList(0, Math.min(WEEKS, weeks.size()));
        for (int i = 0; i < chosen.size(); i++) {
            LocalDate week = chosen.get(i);
            Timesheet sheet = as(member, () -> timesheets.save(week, 0, rows(week, tasks, random)));
            if (sheet.totalHours().signum() == 0) {
                continue;
            }
            Timesheet submitted = as(member, () -> timesheets.submit(sheet.id(), sheet.version()));
            boolean last = i == chosen.size() - 1;
            boolean rejected = i == chosen.size() - 2;
            if (!last) {
                for (Timesheet.Part part : submitted.parts()) {
                    as(manager, () -> rejected
                            ? approvals.reject(part.id(), part.version(), "Friday's hours look too high for "
                                    + part.projectCode() + ": split them with the days you actually worked on it.")
                            : approvals.approve(part.id(), part.version()));
                }
            }
        }
        log.debug("Demo timesheets: {} weeks in {} ms", chosen.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** Seven to eight hours a working day, split over the tasks planned that day, in quarter hours. */
    private static List<Timesheet.RowDraft> rows(LocalDate week, List<MyTask> tasks, Random random) {
        List<MyTask> planned = tasks.stream().filter(t -> t.plannedStart() != null && t.plannedFinish() != null
                && t.plannedStart().toLocalDate().isBefore(week.plusDays(7))
                && !t.plannedFinish().toLocalDate().isBefore(week)).toList();
        List<List<BigDecimal>> hours = new ArrayList<>();
        planned.forEach(t -> hours.add(new ArrayList<>(Collections.nCopies(Timesheet.DAYS, BigDecimal.ZERO))));
        for (int d = 0; d < 5; d++) {
            LocalDate day = week.plusDays(d);
            List<Integer> on = new ArrayList<>();
            for (int t = 0; t < planned.size(); t++) {
                MyTask task = planned.get(t);
                if (!task.plannedStart().toLocalDate().isAfter(day) && !task.plannedFinish().toLocalDate().isBefore(day)) {
                    on.add(t);
                }
            }
            if (on.isEmpty()) {
                continue;
            }
            int quarters = 28 + random.nextInt(5);
            for (int k = 0; k < on.size(); k++) {
                int share = k == on.size() - 1 ? quarters : quarters / on.size();
                quarters -= share;
                hours.get(on.get(k)).set(d, BigDecimal.valueOf(share).divide(BigDecimal.valueOf(4)));
            }
        }
        List<Timesheet.RowDraft> rows = new ArrayList<>();
        for (int t = 0; t < planned.size(); t++) {
            rows.add(new Timesheet.RowDraft(planned.get(t).taskId(), t == 0 ? "Worked as planned" : null, hours.get(t)));
        }
        return rows;
    }

    /** Runs {@code work} signed in as {@code user}, as a request of theirs would. */
    private static <T> T as(User user, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        SextantPrincipal principal = new SextantPrincipal(new CurrentUser(user.id(), user.username(), user.displayName(),
                user.roles()), null, true);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
