package org.childrenscomplaints.standalone;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CommentHttpTest extends EmbeddedAppTest {

    @Test
    void aCommentIsRegisteredAcknowledgedForwardedAndAnsweredByReference() {
        Http.Answer created = http.postJson("/api/comments", """
                {"receivedOn": "2026-04-02", "channel": "MOBILE_APP", "serviceArea": "CIC",
                 "summary": "More evening activities please",
                 "complainant": {"relationship": "CHILD_OR_YOUNG_PERSON", "name": "Sam Example"}}""");
        assertThat(created.status()).isEqualTo(201);
        String reference = created.json().path("reference").asString();
        assertThat(reference).matches("CM-2026-\\d{4}");

        assertThat(http.postJson("/api/comments/" + reference + "/acknowledgement", "{\"acknowledgedOn\": \"2026-04-07\"}")
                .status()).isEqualTo(204);
        assertThat(http.postJson("/api/comments/" + reference + "/allocation", "{\"managerId\": \"m.jones\"}").status())
                .isEqualTo(204);
        Http.Answer late = http.postJson("/api/comments/" + reference + "/response", "{\"respondedOn\": \"2026-04-21\"}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(http.postJson("/api/comments/" + reference + "/response",
                "{\"respondedOn\": \"2026-04-21\", \"delayReason\": {\"category\": \"LEGAL_ISSUE\"}}").status()).isEqualTo(204);

        JsonNode view = await().atMost(Duration.ofSeconds(10)).until(() -> http.get("/api/comments/" + reference).json(),
                json -> json.path("respondedOn").asString().equals("2026-04-21"));
        assertThat(view.path("responseDueOn").asString()).isEqualTo("2026-04-20");
        assertThat(view.path("delayReason").asString()).isEqualTo("LEGAL_ISSUE");
        assertThat(view.toString()).doesNotContain("Sam Example");
        assertThat(http.get("/api/comments/CM-1999-0001").status()).isEqualTo(404);

        // an id of another kind of case names nothing here
        String commentId = created.json().path("id").asString();
        assertThat(http.postJson("/api/complaints/" + reference + "/acknowledgement", "{\"acknowledgedOn\": \"2026-04-07\"}")
                .status()).isEqualTo(404);
        Http.Answer byUuid = http.postJson("/api/complaints/" + commentId + "/withdrawal", "{\"withdrawnOn\": \"2026-04-07\"}");
        assertThat(byUuid.status()).isEqualTo(404);
        assertThat(byUuid.contentType()).startsWith("application/problem+json");
        String complaint = http.postJson("/api/complaints", Http.complaint("STATUTORY", "2026-04-02")).json()
                .path("reference").asString();
        assertThat(http.postJson("/api/comments/" + complaint + "/acknowledgement", "{\"acknowledgedOn\": \"2026-04-07\"}")
                .status()).isEqualTo(404);
    }
}
