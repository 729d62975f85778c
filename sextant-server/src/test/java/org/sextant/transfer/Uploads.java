package org.sextant.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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
        String boundary = "----sextant" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/imports"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":sextant1").getBytes(StandardCharsets.UTF_8)))
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
}
