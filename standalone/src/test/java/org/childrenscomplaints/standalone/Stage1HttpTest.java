package org.childrenscomplaints.standalone;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Stage 1 over HTTP, addressed by reference: acknowledgement, allocation, extension, delay reason, response. */
class Stage1HttpTest extends EmbeddedAppTest {

    private String reference;

    @BeforeEach
    void aCorporateComplaintReceivedOnThursday2April2026() {
        reference = http.postJson("/api/complaints", Http.complaint("CORPORATE", "2026-04-02")).json()
                .path("reference").asString();
    }

    @Test
    void aCorporateComplaintIsAcknowledgedAllocatedExtendedAndAnsweredLateWithAReason() {
        assertThat(post("acknowledgement", "{\"acknowledgedOn\": \"2026-04-07\"}")).isEqualTo(204);
        assertThat(post("allocation", "{\"managerId\": \"m.jones\", \"managerName\": \"M Jones\"}")).isEqualTo(204);
        JsonNode responseClock = awaitClock(clock -> clock.path("managerId").asString().equals("m.jones"));
        // 10 working days from the acknowledgement, and the acknowledgement clock has closed
        assertThat(responseClock.path("clock").asString()).isEqualTo("RESPONSE");
        assertThat(responseClock.path("dueDate").asString()).isEqualTo("2026-04-21");
        assertThat(clocks().size()).isEqualTo(1);

        assertThat(post("extension", "{\"agreedOn\": \"2026-04-08\", \"newDueDate\": \"2026-05-06\"}")).isEqualTo(204);
        assertThat(post("delay-reasons", "{\"category\": \"INFORMATION_DELAYED\"}")).isEqualTo(204);
        JsonNode extended = awaitClock(clock -> clock.path("delayReasonRecorded").asBoolean());
        assertThat(extended.path("dueDate").asString()).isEqualTo("2026-05-06");
        assertThat(extended.path("extended").asBoolean()).isTrue();

        assertThat(post("response", """
                {"respondedOn": "2026-05-07", "outcome": "PARTIALLY_UPHELD",
                 "issueOutcomes": {"DELAY": "UPHELD", "COMMUNICATION_LACK_POOR": "NOT_UPHELD"}}""")).isEqualTo(204);
        JsonNode view = await().atMost(Duration.ofSeconds(10)).until(() -> http.get("/api/complaints/" + reference).json(),
                json -> json.path("status").asString().equals("RESPONDED"));
        JsonNode stage1 = view.path("stages").get(0);
        assertThat(view.path("acknowledgedOn").asString()).isEqualTo("2026-04-07");
        assertThat(stage1.path("allocation").path("managerId").asString()).isEqualTo("m.jones");
        assertThat(stage1.path("delayReasons").get(0).asString()).isEqualTo("INFORMATION_DELAYED");
        assertThat(stage1.path("outcome").asString()).isEqualTo("PARTIALLY_UPHELD");
        assertThat(stage1.path("issueOutcomes").path("DELAY").asString()).isEqualTo("UPHELD");
        // the tracker is a projection of its own: the answer closes its clocks in its own time
        await().atMost(Duration.ofSeconds(10)).until(() -> clocks().isEmpty());
    }

    @Test
    void theProceduresRulesAreAnswered409InPlainEnglish() {
        Http.Answer unallocated = http.postJson(path("response"), "{\"respondedOn\": \"2026-04-10\", \"outcome\": \"UPHELD\"}");
        assertThat(unallocated.status()).isEqualTo(409);
        assertThat(unallocated.contentType()).startsWith("application/problem+json");
        assertThat(unallocated.json().path("detail").asString())
                .isEqualTo("Stage 1 must be allocated to a manager before it is answered.");

        post("allocation", "{\"managerId\": \"m.jones\"}");
        Http.Answer late = http.postJson(path("response"), "{\"respondedOn\": \"2026-04-28\", \"outcome\": \"UPHELD\"}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().path("detail").asString()).startsWith("This response is late: Stage 1 was due on 2026-04-27.");

        Http.Answer beforeAcknowledgement = http.postJson(path("extension"),
                "{\"agreedOn\": \"2026-04-08\", \"newDueDate\": \"2026-05-01\"}");
        assertThat(beforeAcknowledgement.status()).isEqualTo(409);
        assertThat(beforeAcknowledgement.json().path("detail").asString()).contains("acknowledge it before agreeing");

        post("acknowledgement", "{\"acknowledgedOn\": \"2026-04-13\"}");
        Http.Answer tooLong = http.postJson(path("extension"), "{\"agreedOn\": \"2026-04-14\", \"newDueDate\": \"2026-06-30\"}");
        assertThat(tooLong.status()).isEqualTo(409);
        assertThat(tooLong.json().path("detail").asString()).contains("no later than 2026-05-12");
    }

    @Test
    void badFieldsAre400AndUnknownCasesAre404() {
        Http.Answer badCategory = http.postJson(path("delay-reasons"), "{\"category\": \"HOLIDAYS\"}");
        assertThat(badCategory.status()).isEqualTo(400);
        assertThat(badCategory.json().path("errors").get(0).path("field").asString()).isEqualTo("category");

        Http.Answer badOutcome = http.postJson(path("response"), "{\"respondedOn\": \"2026-04-10\", \"outcome\": \"MAYBE\"}");
        assertThat(badOutcome.status()).isEqualTo(400);
        assertThat(badOutcome.json().path("errors").get(0).path("field").asString()).isEqualTo("outcome");

        assertThat(http.postJson("/api/complaints/CO-2026-9999/acknowledgement", "{\"acknowledgedOn\": \"2026-04-07\"}")
                .status()).isEqualTo(404);
        assertThat(http.postJson("/api/complaints/00000000-0000-0000-0000-000000000000/acknowledgement",
                "{\"acknowledgedOn\": \"2026-04-07\"}").status()).isEqualTo(404);
        assertThat(http.postJson("/api/complaints/not-a-case/acknowledgement", "{\"acknowledgedOn\": \"2026-04-07\"}")
                .status()).isEqualTo(404);
    }

    private int post(String command, String body) {
        Http.Answer answer = http.postJson(path(command), body);
        assertThat(answer.status()).as("%s: %s", command, answer.response().body()).isEqualTo(204);
        return answer.status();
    }

    private String path(String command) {
        return "/api/complaints/" + reference + "/" + command;
    }

    private JsonNode clocks() {
        return http.get("/api/tracker").json().valueStream()
                .filter(clock -> clock.path("reference").asString().equals(reference))
                .collect(JsonNodeFactory.instance::arrayNode, ArrayNode::add, ArrayNode::addAll);
    }

    private JsonNode awaitClock(Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> clocks().valueStream().filter(condition).findFirst(),
                Optional::isPresent).orElseThrow();
    }
}
