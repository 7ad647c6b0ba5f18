package org.childrenscomplaints.standalone;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A command sent again with the same Idempotency-Key: the first answer, and nothing changes. */
class IdempotencyHttpTest extends EmbeddedAppTest {

    @Test
    void aRetriedRegistrationGetsTheFirstAnswerAndMakesNoSecondCase() {
        String key = UUID.randomUUID().toString();
        String complaint = Http.complaint("CORPORATE", "2026-05-04");

        Http.Answer first = http.postJson("/api/complaints", complaint, key);
        Http.Answer retried = http.postJson("/api/complaints", complaint, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.response().body()).isEqualTo(first.response().body());
        assertThat(retried.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(http.postJson("/api/complaints", complaint).json().path("reference").asString())
                .as("without a key, a new case").isNotEqualTo(first.json().path("reference").asString());
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedAndARefusalIsAnsweredAgainToo() {
        String key = UUID.randomUUID().toString();
        String reference = http.registerComplaint("CORPORATE", "2026-05-04");

        Http.Answer tooEarly = http.postJson(Http.complaintPath(reference, "acknowledgement"),
                "{\"acknowledgedOn\": \"2026-05-01\"}", key);
        Http.Answer again = http.postJson(Http.complaintPath(reference, "acknowledgement"),
                "{\"acknowledgedOn\": \"2026-05-01\"}", key);
        Http.Answer otherBody = http.postJson(Http.complaintPath(reference, "acknowledgement"),
                "{\"acknowledgedOn\": \"2026-05-05\"}", key);

        assertThat(tooEarly.status()).isIn(400, 409);
        assertThat(again.status()).isEqualTo(tooEarly.status());
        assertThat(again.response().body()).isEqualTo(tooEarly.response().body());
        assertThat(otherBody.status()).isEqualTo(409);
        assertThat(otherBody.contentType()).isEqualTo("application/problem+json");
        assertThat(otherBody.json().path("detail").asString()).contains("different request");
    }

    @Test
    void keysBelongToTheirCallerAndMustBePrintable() {
        String key = UUID.randomUUID().toString();
        String complaint = Http.complaint("SEND", "2026-05-04");

        Http.Answer officers = http.postJson("/api/complaints", complaint, key);
        Http.Answer intakes = http.as(TestUsers.INTAKE).postJson("/api/complaints", complaint, key);

        assertThat(intakes.json().path("reference").asString()).isNotEqualTo(officers.json().path("reference").asString());
        Http.Answer badKey = http.postJson("/api/complaints", complaint, "two words");
        assertThat(badKey.status()).isEqualTo(400);
        assertThat(badKey.contentType()).isEqualTo("application/problem+json");
    }
}
