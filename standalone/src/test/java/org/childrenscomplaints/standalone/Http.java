package org.childrenscomplaints.standalone;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A plain HTTP client for the app under test: what curl or an integration would send. */
final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newHttpClient();
    private final String baseUrl;
    /** The caller's HTTP Basic credentials; none for an anonymous caller. */
    private final String authorization;

    /** An anonymous caller: only the health check answers it. */
    Http(int port) {
        this("http://localhost:" + port, null);
    }

    private Http(String baseUrl, String authorization) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    /** The same app, called by one of the {@link TestUsers}. */
    Http as(String username) {
        return new Http(baseUrl, "Basic " + Base64.getEncoder().encodeToString(
                (username + ":" + TestUsers.password(username)).getBytes(StandardCharsets.UTF_8)));
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    Answer get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET());
    }

    Answer postJson(String path, String body) {
        return post(path, "application/json", body);
    }

    Answer post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A JSON command sent with an {@code Idempotency-Key}, as an integration that retries would. */
    Answer postJson(String path, String body, String idempotencyKey) {
        return send(request(path).header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A request to the app with this caller's credentials, for clients that read the answer their own way. */
    HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path));
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            return new Answer(client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Answer(HttpResponse<String> response) {

        int status() {
            return response.statusCode();
        }

        JsonNode json() {
            return Http.json(response.body());
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }
    }

    /** Registers a complaint (see {@link #complaint}) and answers its reference. */
    String registerComplaint(String procedure, String receivedOn) {
        Answer created = postJson("/api/complaints", complaint(procedure, receivedOn));
        assertThat(created.status()).as(created.response().body()).isEqualTo(201);
        return created.json().path("reference").asString();
    }

    /** Sends one of a complaint's commands, which must be accepted. */
    Answer complaintCommand(String reference, String command, String body) {
        Answer answer = postJson(complaintPath(reference, command), body);
        assertThat(answer.status()).as("%s %s: %s", command, body, answer.response().body()).isBetween(200, 204);
        return answer;
    }

    static String complaintPath(String reference, String command) {
        return "/api/complaints/" + reference + "/" + command;
    }

    /** The complaint's view once the read model shows what {@code condition} expects. */
    JsonNode awaitComplaint(String reference, Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> get("/api/complaints/" + reference).json(), condition::test);
    }

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    /** A complaint as the contract's example integrations send it. */
    static String complaint(String procedure, String receivedOn) {
        return """
                {"procedure": "%s", "receivedOn": "%s", "channel": "WEB_FORM",
                 "complainant": {"relationship": "PARENT", "name": "Alex Example", "email": "alex@example.org"},
                 "serviceArea": "CIC", "team": "Children in Care 2", "issues": ["DELAY", "COMMUNICATION_LACK_POOR"],
                 "summary": "The review meeting was cancelled twice"}
                """.formatted(procedure, receivedOn);
    }
}
