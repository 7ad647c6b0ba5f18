package org.childrenscomplaints.standalone;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A plain HTTP client for the app under test: what curl or an integration would send. */
final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newHttpClient();
    private final String baseUrl;

    Http(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build());
    }

    Answer get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", accept).GET().build());
    }

    Answer postJson(String path, String body) {
        return post(path, "application/json", body);
    }

    Answer post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private Answer send(HttpRequest request) {
        try {
            return new Answer(client.send(request, HttpResponse.BodyHandlers.ofString()));
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
