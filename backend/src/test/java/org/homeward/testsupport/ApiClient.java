package org.homeward.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the running application's REST API as a partner system would: JSON over HTTP with Basic credentials. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;

    public ApiClient(int port) {
        this.base = URI.create("http://localhost:" + port);
    }

    public record Response(int status, String contentType, String location, String body) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    public Response post(String path, String username, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), username);
    }

    public Response post(String path, String username, String json, String idempotencyKey) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json)), username);
    }

    public Response get(String path, String username) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), username);
    }

    public Response delete(String path, String username) {
        return send(HttpRequest.newBuilder(base.resolve(path)).DELETE(), username);
    }

    public Response getWithPassword(String path, String username, String password) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), username, password);
    }

    private Response send(HttpRequest.Builder request, String username) {
        return send(request, username, TestUsers.PASSWORD);
    }

    private Response send(HttpRequest.Builder request, String username, String password) {
        if (username != null) {
            String credentials = username + ":" + password;
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A valid request body for {@code POST /api/cases}, with the given name and office. */
    public static String newCaseJson(String fullName, String office) {
        return """
                {
                  "personalDetails": {"fullName": "%s", "phone": "+999 555 0101"},
                  "sex": "FEMALE",
                  "birthYear": 1997,
                  "nationality": "ID",
                  "office": "%s",
                  "referralSource": "IOM",
                  "referredOn": "2026-03-14",
                  "consent": {"dataProcessing": true, "dataSharing": false}
                }""".formatted(fullName, office);
    }
}
