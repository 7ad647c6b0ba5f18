package org.childrenscomplaints.standalone;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A command sent again with the same Idempotency-Key: the first answer, and nothing changes. */
class IdempotencyHttpTest extends EmbeddedAppTest {

    @Autowired
    MongoTemplate readModels;

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

    /** As when a crash lost the kept answer after the events were stored: the request runs again, and finds its case. */
    @Test
    void aRetryWhoseKeptAnswerWasLostGetsTheSameCaseAndLearningNotSecondOnes() {
        String key = UUID.randomUUID().toString();
        String complaint = Http.complaint("STATUTORY", "2026-05-04");
        Http.Answer first = http.postJson("/api/complaints", complaint, key);
        String reference = first.json().path("reference").asString();
        http.complaintCommand(reference, "allocation", "{\"managerId\": \"m.jones\"}");
        http.complaintCommand(reference, "response", "{\"respondedOn\": \"2026-05-11\", \"outcome\": \"UPHELD\"}");
        String learning = "{\"category\": \"PROVIDE_TRAINING\", \"summary\": \"Reviews moved without notice\", \"actions\": []}";
        String learningKey = UUID.randomUUID().toString();
        Http.Answer captured = http.postJson(Http.complaintPath(reference, "learning"), learning, learningKey);

        readModels.remove(new Query(), "idempotency_keys");
        Http.Answer registeredAgain = http.postJson("/api/complaints", complaint, key);
        Http.Answer capturedAgain = http.postJson(Http.complaintPath(reference, "learning"), learning, learningKey);

        assertThat(registeredAgain.status()).isEqualTo(201);
        assertThat(registeredAgain.header("Idempotent-Replayed")).as("run again, not replayed").isNull();
        assertThat(registeredAgain.response().body()).isEqualTo(first.response().body());
        assertThat(captured.status()).isEqualTo(201);
        assertThat(capturedAgain.status()).isEqualTo(201);
        assertThat(capturedAgain.response().body()).isEqualTo(captured.response().body());
        // the history finds a case by its reference through the case read model, which may be a moment behind
        Http.Answer history = await().atMost(Duration.ofSeconds(10)).until(
                () -> http.get("/api/complaints/" + reference + "/history"), answer -> answer.status() == 200);
        assertThat(history.json().valueStream().map(event -> event.path("type").asString()))
                .containsOnlyOnce("Complaint received", "Learning captured");
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
