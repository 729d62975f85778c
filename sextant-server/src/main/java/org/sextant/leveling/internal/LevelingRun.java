package org.sextant.leveling.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.sextant.engine.leveling.Leveler;
import org.sextant.engine.leveling.LevelingMonitor;
import org.sextant.engine.leveling.LevelingOptions;
import org.sextant.engine.leveling.LevelingResult;
import org.sextant.leveling.LevelingRequest;
import org.sextant.leveling.Proposal;
import org.sextant.project.Project;
import org.sextant.schedule.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * One leveling job on a worker thread: read the plans (read-only), level with the engine while writing
 * progress to the job row in short transactions (at most four times a second), build the proposal and
 * store it — unless the job was discarded meanwhile, which also stops the search early.
 */
@Component
class LevelingRun {

    private static final Logger LOG = LoggerFactory.getLogger(LevelingRun.class);
    private static final long PROGRESS_EVERY_NANOS = 250_000_000L;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final PlanReader reader;
    private final ProposalBuilder proposals;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate separate;

    LevelingRun(JdbcClient jdbc, JsonMapper json, PlanReader reader, ProposalBuilder proposals,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.reader = reader;
        this.proposals = proposals;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void run(long id, List<Project> projects, LevelingRequest request) {
        long started = System.nanoTime();
        try {
            PlanReader.Read read = readOnly.execute(s -> reader.read(projects));
            LevelingTranslation translation = new LevelingTranslation(new WorkingDays(read.rules(), read.gridCalendar(),
                    read.origin()), read.plans(), read.pool(), read.absences());
            progress(id, 5);
            LevelingOptions options = new LevelingOptions(request.policy() == LevelingRequest.Policy.WITHIN_FLOAT
                    ? LevelingOptions.DelayPolicy.WITHIN_FLOAT : LevelingOptions.DelayPolicy.ALLOW_DELAY,
                    request.schedules(), request.seed());
            LevelingResult result = Leveler.standard().level(translation.problem, options, monitor(id));
            switch (result) {
                case LevelingResult.Leveled leveled -> {
                    progress(id, 92);
                    Proposal proposal = readOnly.execute(s -> proposals.build(read, translation, leveled));
                    separate.executeWithoutResult(s -> jdbc.sql("""
                            update leveling_job set status = 'READY', progress = 100, proposal = cast(? as jsonb),
                                fingerprint = ?, updated_at = now()
                            where id = ? and status = 'RUNNING'""")
                            .params(json.writeValueAsString(proposal), read.fingerprint(), id).update());
                }
                case LevelingResult.CycleDetected cycle -> fail(id, "The links form a loop: " + cycle.cycle().stream()
                        .map(a -> name(translation, a)).collect(Collectors.joining(" → ")));
                case LevelingResult.DemandExceedsCapacity d -> fail(id, "Task " + name(translation, d.activity())
                        + " needs " + d.required() + " % of resource " + d.resource().value().substring(1)
                        + ", which has at most " + d.capacity() + " % in the long run (employment ended?)");
                case LevelingResult.Invalid invalid -> fail(id, "The plan cannot be leveled: "
                        + String.join("; ", invalid.problems()));
            }
            LOG.info("leveling job {} ({} activities) done in {} ms", id, translation.tasks.size(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("leveling job {} failed", id, e);
            fail(id, "Leveling failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private static String name(LevelingTranslation translation, org.sextant.engine.leveling.ActivityId activity) {
        int j = translation.index(activity);
        if (j < 0) {
            return activity.value();
        }
        Task task = translation.tasks.get(j);
        return "'" + task.name() + "' (" + task.id() + ")";
    }

    private LevelingMonitor monitor(long id) {
        return new LevelingMonitor() {
            private long last = System.nanoTime();
            private volatile boolean cancelled;

            @Override
            public void progress(int schedulesGenerated, int scheduleBudget, int bestMakespan) {
                long now = System.nanoTime();
                if (now - last < PROGRESS_EVERY_NANOS) {
                    return;
                }
                last = now;
                int percent = 5 + (int) (85L * schedulesGenerated / Math.max(1, scheduleBudget));
                int rows = LevelingRun.this.progress(id, percent);
                cancelled = rows == 0;
            }

            @Override
            public boolean cancelled() {
                return cancelled;
            }
        };
    }

    /** Writes progress while the job runs; 0 when it no longer runs (discarded). */
    private int progress(long id, int percent) {
        Integer rows = separate.execute(s -> jdbc.sql("""
                update leveling_job set progress = ?, updated_at = now() where id = ? and status = 'RUNNING'""")
                .params(Math.max(0, Math.min(99, percent)), id).update());
        return rows == null ? 0 : rows;
    }

    private void fail(long id, String message) {
        separate.executeWithoutResult(s -> jdbc.sql("""
                update leveling_job set status = 'FAILED', message = ?, updated_at = now()
                where id = ? and status = 'RUNNING'""").params(message.length() > 2000 ? message.substring(0, 2000)
                : message, id).update());
    }
}
