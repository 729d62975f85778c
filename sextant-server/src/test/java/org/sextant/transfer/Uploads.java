package org.sextant.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.sextant.Api;
import tools.jackson.databind.JsonNode;

/** Multipart uploads and polling of import jobs, for tests. */
final class Uploads {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Uploads() {
    }

    record Answer(int status, String body) {

        JsonNode json() {
            return Api.json().readTree(body);
        }
    }

    static Answer upload(int port, String user, String fileName, byte[] content) {
        return uploadAs(port, "Basic " + Base64.getEncoder().encodeToString((user + ":sextant1")
                .getBytes(StandardCharsets.UTF_8)), fileName, content);
    }

    /** Uploads with the given {@code Authorization} header value (e.g. {@code "Bearer " + token}). */
    static Answer uploadAs(int port, String authorization, String fileName, byte[] content) {
        String boundary = "----sextant" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/imports"))
                .header("Authorization", authorization)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls the job until its status is not {@code while}; returns the last answer. */
    static JsonNode await(Api api, long job, String... whileStatus) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            Api.Response response = api.get("/api/v1/imports/" + job);
            JsonNode json = response.json();
            String status = json.get("status").asString();
            if (!java.util.List.of(whileStatus).contains(status) || System.currentTimeMillis() > deadline) {
                return json;
            }
            Thread.sleep(50);
        }
    }

    /**
     * The schedule an import stored for {@code project} and the one the scheduler computes afresh from
     * the stored rows ({@code POST .../schedule}), tasks only: an import computes its schedule before
     * writing (ADR 0016), and this shows that it computed it from exactly what it wrote. Both are the
     * stored one when the engine cannot schedule the project.
     */
    static List<JsonNode> storedAndRecomputedTasks(Api api, long project) {
        JsonNode stored = api.get("/api/v1/projects/" + project + "/schedule").json().get("tasks");
        Api.Response recomputed = api.post("/api/v1/projects/" + project + "/schedule", java.util.Map.of());
        if (recomputed.status() == 400) {
            // the engine cannot schedule it (a loop through summaries): the import stored no schedule either
            return List.of(stored, stored);
        }
        return List.of(stored, api.get("/api/v1/projects/" + project + "/schedule").json().get("tasks"));
    }
}
