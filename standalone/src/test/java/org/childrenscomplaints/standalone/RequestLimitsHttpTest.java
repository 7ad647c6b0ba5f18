package org.childrenscomplaints.standalone;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Oversized bodies and texts are refused with a clear answer, never a 500, and store nothing. */
class RequestLimitsHttpTest extends EmbeddedAppTest {

    private static final String HUGE = "x".repeat(1_200_000);

    @Test
    void aBodyOverTheLimitIsA413WhetherOrNotItsLengthIsDeclared() throws Exception {
        Http.Answer declared = http.postJson("/api/complaints", "{\"summary\": \"" + HUGE + "\"}");
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.contentType()).isEqualTo("application/problem+json");
        assertThat(declared.json().path("detail").asString()).contains("larger than");

        byte[] body = ("{\"summary\": \"" + HUGE + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(http.request("/api/complaints")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
    }

    @Test
    void aTextOverTheLimitIsA400NamingItsField() {
        String complaint = Http.complaint("CORPORATE", "2026-05-04")
                .replace("The review meeting was cancelled twice", "y".repeat(20_001));

        Http.Answer answer = http.postJson("/api/complaints", complaint);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("errors").get(0).path("field").asString()).isEqualTo("summary");
        assertThat(answer.json().path("errors").get(0).path("message").asString()).isEqualTo("must be at most 20000 characters");
    }
}
