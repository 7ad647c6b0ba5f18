package org.childrenscomplaints.standalone;

import org.jobrunr.server.BackgroundJobServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** History, as-of views, the annual report and the rebuild of every read model, over HTTP. */
class ReadModelsHttpTest extends EmbeddedAppTest {

    @Autowired
    MongoTemplate readModels;

    @Autowired
    BackgroundJobServer deadlines;

    @Test
    void aCaseHistoryListsEveryEventWithWhoRecordedItAndPersonalDataOnlyForTheComplaintsTeam() {
        String ref = http.registerComplaint("STATUTORY", "2026-04-02");
        http.complaintCommand(ref, "acknowledgement", "{\"acknowledgedOn\": \"2026-04-07\"}");
        http.complaintCommand(ref, "allocation", "{\"managerId\": \"m.jones\", \"managerName\": \"M Jones\"}");
        http.awaitComplaint(ref, view -> view.path("stages").path(0).path("allocation").path("managerId").asString().equals("m.jones"));

        Http scrutiny = http.as(TestUsers.SCRUTINY);
        Http.Answer history = scrutiny.get("/api/complaints/" + ref + "/history");

        assertThat(history.status()).isEqualTo(200);
        List<JsonNode> events = history.json().valueStream().toList();
        assertThat(events).extracting(event -> event.path("type").asString())
                .startsWith("Complaint received", "Reminders scheduled", "Reminders scheduled", "Complaint acknowledged")
                .contains("Complaint allocated");
        assertThat(events.get(0).path("occurredOn").asString()).isEqualTo("2026-04-02");
        assertThat(events.get(0).path("sequence").asLong()).isZero();
        assertThat(events.get(0).path("recordedAt").asString()).endsWith("Z");
        assertThat(events.get(0).path("payload").path("reference").asString()).isEqualTo(ref);
        assertThat(history.response().body()).doesNotContain("Alex Example", "alex@example.org", "review meeting", "M Jones");
        assertThat(scrutiny.get("/api/complaints/" + ref).response().body()).doesNotContain("M Jones");
        assertThat(http.get("/api/complaints/" + ref + "/history").response().body())
                .as("the complaints team sees who complained").contains("Alex Example", "M Jones");
        assertThat(events.get(3).path("recordedBy").asString()).isEqualTo(TestUsers.OFFICER);
        assertThat(events.get(3).path("role").asString()).isEqualTo("OFFICER");
        assertThat(http.get("/api/complaints/CO-1999-0001/history").status()).isEqualTo(404);
    }

    @Test
    void aCaseAsOfADayBeforeItsResponseIsUnanswered() {
        String ref = http.registerComplaint("CORPORATE", "2026-04-02");
        http.complaintCommand(ref, "allocation", "{\"managerId\": \"m.jones\"}");
        http.complaintCommand(ref, "response", "{\"respondedOn\": \"2026-04-14\", \"outcome\": \"UPHELD\"}");
        http.awaitComplaint(ref, view -> view.path("status").asString().equals("RESPONDED"));

        JsonNode before = http.get("/api/complaints/" + ref + "?asOf=2026-04-13").json();
        JsonNode onTheDay = http.get("/api/complaints/" + ref + "?asOf=2026-04-14").json();

        assertThat(before.path("status").asString()).isEqualTo("OPEN");
        assertThat(before.path("stages").path(0).path("respondedOn").isNull()).isTrue();
        assertThat(onTheDay.path("status").asString()).isEqualTo("RESPONDED");
        assertThat(http.get("/api/complaints/" + ref + "?asOf=2026-04-01").status()).isEqualTo(404);
        assertThat(http.get("/api/complaints/" + ref + "?asOf=2999-01-01").status()).isEqualTo(400);
        Http.Answer malformed = http.get("/api/complaints/" + ref + "?asOf=13-04-2026");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void theAnnualReportCountsTheYearsContacts() {
        http.registerComplaint("SEND", "2017-05-02");
        http.registerComplaint("SEND", "2017-06-01");
        await().atMost(Duration.ofSeconds(10)).until(() -> http.get("/api/reports/annual/2017").json()
                .path("totals").path("send").asInt() == 2);

        JsonNode report = http.get("/api/reports/annual/2017").json();

        assertThat(report.path("from").asString()).isEqualTo("2017-04-01");
        assertThat(report.path("procedures").path("SEND").path("serviceAreas").path("CIC").asInt()).isEqualTo(2);
        assertThat(report.path("procedures").path("SEND").path("stage1Outcomes").path("PENDING").asInt()).isEqualTo(2);
        assertThat(report.path("changePercent").path("send").isNull()).isTrue();
        assertThat(http.get("/api/reports/annual/20170").status()).isEqualTo(400);
        assertThat(http.get("/api/reports/annual/next").status()).isEqualTo(400);
    }

    @Test
    void everyReadModelRebuiltByReplayIsIdenticalDocumentForDocument() {
        variedHistory();
        // reminders coming due (back-dated cases) would add events between the two pictures
        deadlines.pauseProcessing();
        try {
            rebuiltAsLive();
        } finally {
            deadlines.resumeProcessing();
        }
    }

    private void rebuiltAsLive() {
        Map<String, List<String>> live = settledReadModels();

        Http admin = http.as(TestUsers.ADMIN);
        assertThat(http.post("/api/admin/read-models/rebuild", "application/json", "").status()).isEqualTo(403);
        Http.Answer started = admin.post("/api/admin/read-models/rebuild", "application/json", "");
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.json().valueStream().map(model -> model.path("name").asString()).toList())
                .containsExactlyInAnyOrder("annual-report", "comments", "complaint-cases", "compliments", "tracker");
        Map<String, List<String>> rebuilt = settledReadModels();

        assertThat(rebuilt.keySet()).isEqualTo(live.keySet());
        live.forEach((collection, documents) -> assertThat(rebuilt.get(collection)).as(collection).isEqualTo(documents));
        assertThat(live.get("annual_report_years")).isNotEmpty();
    }

    /** Cases at every stage and in every state the read models know. */
    private void variedHistory() {
        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
        String statutory = http.registerComplaint("STATUTORY", "2026-04-02");
        http.complaintCommand(statutory, "acknowledgement", "{\"acknowledgedOn\": \"2026-04-07\"}");
        http.complaintCommand(statutory, "allocation", "{\"managerId\": \"m.jones\"}");
        http.complaintCommand(statutory, "response", "{\"respondedOn\": \"2026-04-14\", \"outcome\": \"UPHELD\"}");
        String learningId = http.complaintCommand(statutory, "learning", """
                {"category": "PROVIDE_TRAINING", "summary": "Reviews were cancelled without notice",
                 "actions": [{"description": "Train team managers", "owner": "Head of service", "dueDate": "2026-09-30"}]}""")
                .json().path("learningId").asString();
        http.complaintCommand(statutory, "learning/" + learningId + "/actions/0/completion", "{\"completedOn\": \"" + today + "\"}");
        http.complaintCommand(statutory, "escalation", "{\"toStage\": \"STAGE_2\", \"requestedOn\": \"2026-05-01\"}");
        http.complaintCommand(statutory, "allocation", "{\"managerId\": \"i.officer\", \"independentPerson\": \"R Patel\"}");
        http.complaintCommand(statutory, "response", "{\"respondedOn\": \"2026-06-05\", \"outcome\": \"PARTIALLY_UPHELD\"}");
        http.complaintCommand(statutory, "escalation", "{\"toStage\": \"STAGE_3\", \"requestedOn\": \"2026-06-10\"}");
        http.complaintCommand(statutory, "panel", "{\"heldOn\": \"2026-07-20\"}");
        http.complaintCommand(statutory, "panel", "{\"heldOn\": \"2026-07-20\", \"reportReceivedOn\": \"2026-07-24\"}");
        http.complaintCommand(statutory, "allocation", "{\"managerId\": \"d.director\"}");
        http.complaintCommand(statutory, "response", "{\"respondedOn\": \"2026-08-10\", \"outcome\": \"NOT_UPHELD\"}");
        http.complaintCommand(statutory, "escalation", "{\"toStage\": \"OMBUDSMAN\", \"requestedOn\": \"2026-09-01\"}");
        http.complaintCommand(statutory, "ombudsman-decision", """
                {"decidedOn": "%s", "decision": "UPHELD_FAULT_INJUSTICE", "findingsAccepted": true,
                 "remedies": [{"description": "Apologise in writing", "dueDate": "2099-12-31"}]}""".formatted(today));
        http.complaintCommand(statutory, "ombudsman-decision/remedies/0/completion", "{\"completedOn\": \"" + today + "\"}");

        String corporate = http.registerComplaint("CORPORATE", "2026-04-02");
        http.complaintCommand(corporate, "acknowledgement", "{\"acknowledgedOn\": \"2026-04-07\"}");
        http.complaintCommand(corporate, "extension", "{\"agreedOn\": \"2026-04-08\", \"newDueDate\": \"2026-05-06\"}");
        http.complaintCommand(corporate, "delay-reasons", "{\"category\": \"INFORMATION_DELAYED\"}");
        http.complaintCommand(corporate, "withdrawal", "{\"withdrawnOn\": \"2026-04-20\"}");

        http.complaintCommand(http.registerComplaint("SEND", "2026-03-02"), "decline",
                "{\"declinedOn\": \"2026-03-04\", \"reason\": \"concurrent tribunal proceedings\"}");
        http.complaintCommand(http.registerComplaint("STATUTORY", "2026-05-05"), "reclassification",
                "{\"procedure\": \"CORPORATE\", \"reason\": \"not a looked-after child\"}");

        String comment = http.postJson("/api/comments", """
                {"receivedOn": "2026-04-02", "channel": "MOBILE_APP", "serviceArea": "CIC",
                 "summary": "More evening activities please"}""").json().path("reference").asString();
        assertThat(http.postJson("/api/comments/" + comment + "/acknowledgement", "{\"acknowledgedOn\": \"2026-04-07\"}")
                .status()).isEqualTo(204);
        assertThat(http.postJson("/api/comments/" + comment + "/allocation", "{\"managerId\": \"m.jones\"}").status())
                .isEqualTo(204);
        assertThat(http.postJson("/api/comments/" + comment + "/response",
                "{\"respondedOn\": \"2026-04-21\", \"delayReason\": {\"category\": \"LEGAL_ISSUE\"}}").status()).isEqualTo(204);
        assertThat(http.postJson("/api/compliments", """
                {"receivedOn": "2026-06-03", "serviceArea": "COURT_TEAM", "team": "Court Team", "source": "EXTERNAL",
                 "summary": "The family thanked the team"}""").status()).isEqualTo(201);
    }

    /** Every read-model collection's documents in id order, once every read model has caught up and nothing changes. */
    private Map<String, List<String>> settledReadModels() {
        AtomicReference<Map<String, List<String>>> last = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            boolean caughtUp = http.as(TestUsers.ADMIN).get("/api/admin/read-models").json().valueStream()
                    .allMatch(model -> model.path("caughtUp").asBoolean());
            Map<String, List<String>> now = ReadModelDocuments.of(readModels.getDb());
            return caughtUp && now.equals(last.getAndSet(now));
        });
        return last.get();
    }
}
