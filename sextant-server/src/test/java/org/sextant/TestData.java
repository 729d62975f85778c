package org.sextant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Creates what API tests need through the API itself, with names unique within the shared test database. */
public final class TestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final int port;
    private final Api admin;

    public TestData(int port) {
        this.port = port;
        this.admin = Api.basic(port, "admin", "sextant1");
    }

    public static String unique(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() % 1000 + "-" + SEQUENCE.incrementAndGet();
    }

    public Api admin() {
        return admin;
    }

    public Api as(String username) {
        return Api.basic(port, username, "sextant1");
    }

    public long portfolio() {
        return created(admin.post("/api/v1/portfolios", Map.of("name", unique("Portfolio"))));
    }

    /** A project from 2027-01-04 managed by {@code managerId} (may be null). */
    public long project(Long managerId) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", unique("P"));
        body.put("name", unique("Project"));
        body.put("portfolioId", portfolio());
        body.put("plannedStart", "2027-01-04");
        body.put("plannedFinish", "2027-12-31");
        if (managerId != null) {
            body.put("managerId", managerId);
        }
        return created(admin.post("/api/v1/projects", body));
    }

    /** A user with one role and password sextant1; returns the id. The username is {@code username}. */
    public long user(String username, String role) {
        return created(admin.post("/api/v1/users", Map.of("username", username, "email", username + "@test.local",
                "displayName", username, "password", "sextant1", "roles", List.of(role))));
    }

    public long task(long project, String name, long durationMinutes) {
        return created(admin.post("/api/v1/projects/" + project + "/tasks",
                Map.of("name", name, "durationMinutes", durationMinutes)));
    }

    public long child(long project, long parent, String name) {
        return created(admin.post("/api/v1/projects/" + project + "/tasks", Map.of("name", name, "parentId", parent)));
    }

    public long link(long project, long predecessor, long successor) {
        return created(admin.post("/api/v1/projects/" + project + "/dependencies",
                Map.of("predecessorId", predecessor, "successorId", successor)));
    }

    /** A resource linked to {@code userId} (may be null). */
    public long resource(String name, Long userId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        if (userId != null) {
            body.put("userId", userId);
        }
        return created(admin.post("/api/v1/resources", body));
    }

    public long assign(long task, long resource, long workMinutes) {
        return created(admin.post("/api/v1/tasks/" + task + "/assignments",
                Map.of("resourceId", resource, "workMinutes", workMinutes)));
    }

    public static long created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    /** The field named by the first error of a problem response. */
    public static String field(Api.Response response) {
        assertThat(response.json().get("errors")).as(response.toString()).isNotNull();
        return response.json().get("errors").get(0).get("field").asString();
    }
}
