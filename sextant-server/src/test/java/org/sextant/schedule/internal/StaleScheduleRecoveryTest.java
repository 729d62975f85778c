package org.sextant.schedule.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sextant.ServerTest;
import org.sextant.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The periodic job that reschedules projects left stale, on the real database. */
@ServerTest
class StaleScheduleRecoveryTest {

    @LocalServerPort
    int port;

    @Autowired
    StaleScheduleRecovery recovery;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    TestData data;
    long project;
    long design;
    long build;

    @BeforeEach
    void setUp() {
        data = new TestData(port);
        project = data.project(null);
        design = data.task(project, "Design", 480);
        build = data.task(project, "Build", 960);
        data.link(project, design, build);
    }

    @Test
    void aProjectMadeStaleOutsideTheServerIsRescheduledByTheNextRun() {
        assertThat(earlyStart(build)).isEqualTo("2027-01-05T08:00:00");
        // written straight to the database, as a crashed or foreign writer would: the trigger marks it
        // stale, and no server transaction reschedules it
        jdbc.sql("update wbs_task set duration_minutes = 1440 where id = ?").param(design).update();
        assertThat(stale()).isTrue();
        assertThat(earlyStart(build)).isEqualTo("2027-01-05T08:00:00");

        assertThat(recovery.recoverStaleProjects()).isGreaterThanOrEqualTo(1);

        assertThat(stale()).isFalse();
        assertThat(earlyStart(build)).isEqualTo("2027-01-07T08:00:00");
        assertThat(jdbc.sql("select planned_start from wbs_task where id = ?").param(build).query(String.class).single())
                .startsWith("2027-01-07 08:00");
    }

    @Test
    void whileAnotherReplicaHoldsTheJobsLockARunReturnsAtOnceAndChangesNothing() throws Exception {
        jdbc.sql("update wbs_task set duration_minutes = 1440 where id = ?").param(design).update();
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, StaleScheduleRecovery.LOCK_KEY);
                lock.execute();
            }
            assertThat(recovery.recoverStaleProjects()).isEqualTo(-1);
            assertThat(stale()).isTrue();
            other.rollback();
        }
        assertThat(recovery.recoverStaleProjects()).isGreaterThanOrEqualTo(1);
        assertThat(stale()).isFalse();
    }

    @Test
    void aLoopWrittenOutsideTheServerIsFoundByTheNextRunAndStoredAsTheProjectsProblem() {
        jdbc.sql("insert into dependency (predecessor_id, successor_id) values (?, ?)").params(build, design).update();
        assertThat(stale()).isTrue();

        recovery.recoverStaleProjects();

        assertThat(stale()).isTrue();
        assertThat(jdbc.sql("select problem->>'kind' from schedule_state where project_id = ?").param(project)
                .query(String.class).single()).isEqualTo("CYCLE");
    }

    private boolean stale() {
        return jdbc.sql("select stale from schedule_state where project_id = ?").param(project)
                .query(Boolean.class).single();
    }

    private String earlyStart(long task) {
        JsonNode schedule = data.admin().get("/api/v1/projects/" + project + "/schedule").json();
        for (JsonNode t : schedule.get("tasks")) {
            if (t.get("taskId").asLong() == task) {
                return t.get("earlyStart").asString();
            }
        }
        throw new AssertionError("no task " + task + " in " + schedule);
    }
}
