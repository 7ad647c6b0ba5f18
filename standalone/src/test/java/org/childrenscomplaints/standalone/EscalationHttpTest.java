package org.childrenscomplaints.standalone;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Whole procedures over HTTP: statutory from receipt through Stage 3 to the Ombudsman; corporate through both stages and its learning. */
class EscalationHttpTest extends EmbeddedAppTest {

    private static final String TODAY = LocalDate.now(ZoneId.of("Europe/London")).toString();

    @Test
    void aStatutoryComplaintGoesThroughAllThreeStagesToTheOmbudsman() {
        String ref = register("STATUTORY");
        command(ref, "acknowledgement", "{\"acknowledgedOn\": \"2026-04-07\"}");
        command(ref, "allocation", "{\"managerId\": \"m.jones\"}");
        command(ref, "response", "{\"respondedOn\": \"2026-04-20\", \"outcome\": \"NOT_UPHELD\"}");

        command(ref, "escalation", "{\"toStage\": \"STAGE_2\", \"requestedOn\": \"2026-05-01\"}");
        assertThat(awaitCase(ref, view -> view.path("stage").asString().equals("STAGE_2"))
                .path("stages").get(1).path("dueDate").asString()).isEqualTo("2026-06-09");
        command(ref, "allocation", "{\"managerId\": \"i.officer\", \"independentPerson\": \"R Patel\"}");
        command(ref, "response", "{\"respondedOn\": \"2026-06-05\", \"outcome\": \"PARTIALLY_UPHELD\"}");

        command(ref, "escalation", "{\"toStage\": \"STAGE_3\", \"requestedOn\": \"2026-06-10\"}");
        assertThat(http.postJson(path(ref, "panel"), "{\"reportReceivedOn\": \"2026-07-24\"}").status()).isEqualTo(400);
        command(ref, "panel", "{\"heldOn\": \"2026-07-20\"}");
        command(ref, "panel", "{\"heldOn\": \"2026-07-20\", \"reportReceivedOn\": \"2026-07-24\"}");
        command(ref, "allocation", "{\"managerId\": \"d.director\"}");
        command(ref, "response", "{\"respondedOn\": \"2026-08-10\", \"outcome\": \"NOT_UPHELD\"}");

        command(ref, "escalation", "{\"toStage\": \"OMBUDSMAN\", \"requestedOn\": \"2026-09-01\", "
                + "\"ombudsmanReference\": \"26 004 321\"}");
        command(ref, "ombudsman-decision", """
                {"decidedOn": "%s", "decision": "UPHELD_FAULT_INJUSTICE", "findingsAccepted": true,
                 "publicReport": false, "remedies": [{"description": "Apologise in writing", "dueDate": "2026-12-31"}]}"""
                .formatted(TODAY));
        command(ref, "ombudsman-decision/remedies/0/completion", "{\"completedOn\": \"" + TODAY + "\"}");
        JsonNode view = awaitCase(ref, json -> json.path("ombudsmanDecision").path("remedies").path(0)
                .path("completedOn").asString().equals(TODAY));
        assertThat(view.path("status").asString()).isEqualTo("WITH_OMBUDSMAN");
        assertThat(view.path("ombudsmanDecision").path("decision").asString()).isEqualTo("UPHELD_FAULT_INJUSTICE");
        assertThat(view.path("stages").size()).isEqualTo(3);
        assertThat(view.path("stages").get(2).path("panelHeldOn").asString()).isEqualTo("2026-07-20");
        assertThat(view.path("escalations").get(2).path("ombudsmanReference").asString()).isEqualTo("26 004 321");
        await().atMost(Duration.ofSeconds(10)).until(() -> clocksOf(ref) == 0);
    }

    @Test
    void aCorporateComplaintGoesThroughBothStagesAndHasNoStage3() {
        String ref = register("CORPORATE");
        command(ref, "acknowledgement", "{\"acknowledgedOn\": \"2026-04-07\"}");
        command(ref, "allocation", "{\"managerId\": \"m.jones\"}");
        command(ref, "response", "{\"respondedOn\": \"2026-04-21\", \"outcome\": \"NOT_UPHELD\"}");
        command(ref, "escalation", "{\"toStage\": \"STAGE_2\", \"requestedOn\": \"2026-05-01\"}");

        Http.Answer sameResponder = http.postJson(path(ref, "allocation"), "{\"managerId\": \"m.jones\"}");
        assertThat(sameResponder.status()).isEqualTo(409);
        assertThat(sameResponder.json().path("detail").asString())
                .isEqualTo("Stage 2 must be handled by someone other than the Stage 1 responder (m.jones).");

        command(ref, "allocation", "{\"managerId\": \"a.khan\"}");
        command(ref, "response", "{\"respondedOn\": \"2026-05-28\", \"outcome\": \"UPHELD\"}");

        Http.Answer learning = http.postJson(path(ref, "learning"), """
                {"category": "IMPROVE_COMMUNICATION", "summary": "Letters did not say who to contact",
                 "actions": [{"description": "Add a named contact to every letter", "owner": "Service manager",
                              "dueDate": "2026-09-30"}]}""");
        assertThat(learning.status()).isEqualTo(201);
        String learningId = learning.json().path("learningId").asString();
        // learning is captured today, so its actions are done today at the earliest
        command(ref, "learning/" + learningId + "/actions/0/completion", "{\"completedOn\": \"" + TODAY + "\"}");
        assertThat(http.postJson(path(ref, "learning/" + learningId + "/actions/5/completion"),
                "{\"completedOn\": \"" + TODAY + "\"}").status()).isEqualTo(404);

        Http.Answer stage3 = http.postJson(path(ref, "escalation"), "{\"toStage\": \"STAGE_3\", \"requestedOn\": \"2026-06-01\"}");
        assertThat(stage3.status()).isEqualTo(409);
        assertThat(stage3.json().path("detail").asString()).contains("Only the statutory procedure has a Stage 3");

        JsonNode view = awaitCase(ref, json -> json.path("learning").path(0).path("actions").path(0)
                .path("completedOn").asString().equals(TODAY));
        assertThat(view.path("status").asString()).isEqualTo("RESPONDED");
        assertThat(view.path("stages").get(1).path("outcome").asString()).isEqualTo("UPHELD");
    }

    private String register(String procedure) {
        return http.registerComplaint(procedure, "2026-04-02");
    }

    private void command(String reference, String command, String body) {
        http.complaintCommand(reference, command, body);
    }

    private static String path(String reference, String command) {
        return Http.complaintPath(reference, command);
    }

    private JsonNode awaitCase(String reference, Predicate<JsonNode> condition) {
        return http.awaitComplaint(reference, condition);
    }

    private long clocksOf(String reference) {
        return http.get("/api/tracker").json().valueStream()
                .filter(clock -> clock.path("reference").asString().equals(reference)).count();
    }
}
