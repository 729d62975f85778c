package org.sextant.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP session against the UI of a running test server: keeps the session cookie,
 * signs in through the login form and sends the CSRF token with every form post, as a browser does.
 * Cheaper than a real browser for checking what the server renders and refuses.
 */
public final class WebSession {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final int port;
    private final HttpClient http;
    private String csrf;

    private WebSession(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static WebSession anonymous(int port) {
        return new WebSession(port);
    }

    /** Signs in with the login form; fails unless the server redirects away from the login page. */
    public static WebSession signIn(int port, String username, String password) {
        WebSession session = new WebSession(port);
        session.get("/login");
        Page answer = session.post("/login", Map.of("username", username, "password", password));
        if (answer.status() != 302 || answer.location().contains("error")) {
            throw new IllegalStateException("sign-in as " + username + " failed: " + answer.status() + " " + answer.location());
        }
        return session;
    }

    /** One answer: status, the Location header for redirects, and the HTML. */
    public record Page(int status, String location, String html, HttpResponse<String> raw) {

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), false);
    }

    /** GET and follow redirects within the site. */
    public Page follow(String path) {
        Page page = get(path);
        for (int i = 0; i < 5 && page.status() / 100 == 3; i++) {
            page = get(URI.create(page.location()).getRawPath() + query(page.location()));
        }
        return page;
    }

    /** Posts a form with the current CSRF token (and, when {@code htmx}, the HX-Request header). */
    public Page post(String path, Map<String, String> form) {
        return post(path, form, false);
    }

    public Page htmxPost(String path, Map<String, String> form) {
        return post(path, form, true);
    }

    private Page post(String path, Map<String, String> form, boolean htmx) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (csrf != null) {
            fields.putIfAbsent("_csrf", csrf);
        }
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(request, htmx);
    }

    private Page send(HttpRequest.Builder request, boolean htmx) {
        request.header("Accept", "text/html");
        if (htmx) {
            request.header("HX-Request", "true");
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String html = response.body();
            Matcher m = CSRF_META.matcher(html);
            if (m.find()) {
                csrf = m.group(1);
            } else {
                Matcher input = CSRF_INPUT.matcher(html);
                if (input.find()) {
                    csrf = input.group(1);
                }
            }
            return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(""), html, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String query(String location) {
        String q = URI.create(location).getRawQuery();
        return q == null ? "" : "?" + q;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
