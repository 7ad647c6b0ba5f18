package org.childrenscomplaints.standalone;

import org.childrenscomplaints.api.calendar.ReportingYear;
import org.childrenscomplaints.api.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The delay and learning-gap reports over HTTP, from complaints sent as an integration would. This
 * class owns the first quarter of 2025 (quarter 4 of 2024/25): no other test answers a stage in it.
 */
class ReportsHttpTest extends EmbeddedAppTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    void aLateResponseIsExplainedAndUpheldComplaintsOweTheirLearningUntilItsActionsAreDone() {
        String late = register("CORPORATE", "2025-01-06");
        command(late, "acknowledgement", "{\"acknowledgedOn\": \"2025-01-07\"}");
        command(late, "allocation", "{\"managerId\": \"m.jones\", \"managerName\": \"M Jones\"}");
        command(late, "response", """
                {"respondedOn": "2025-01-24", "outcome": "NOT_UPHELD",
                 "delayReason": {"category": "LEGAL_ISSUE", "note": "Counsel asked to see the family first"}}""");

        String upheld = register("STATUTORY", "2025-02-03");
        command(upheld, "allocation", "{\"managerId\": \"m.jones\"}");
        command(upheld, "response", "{\"respondedOn\": \"2025-02-10\", \"outcome\": \"UPHELD\"}");

        String learnt = register("CORPORATE", "2025-03-03");
        command(learnt, "acknowledgement", "{\"acknowledgedOn\": \"2025-03-04\"}");
        command(learnt, "allocation", "{\"managerId\": \"m.jones\"}");
        command(learnt, "response", "{\"respondedOn\": \"2025-03-10\", \"outcome\": \"PARTIALLY_UPHELD\"}");
        Http.Answer learning = http.postJson(path(learnt, "learning"), """
                {"category": "IMPROVE_COMMUNICATION", "summary": "Letters did not say who to contact", "capturedOn": "2025-03-12",
                 "actions": [{"description": "Add a named contact to every letter", "owner": "Pat Owner", "dueDate": "2025-04-30"},
                             {"description": "Review the letter templates", "owner": "Pat Owner", "dueDate": "2099-12-31"}]}""");
        assertThat(learning.status()).as(learning.response().body()).isEqualTo(201);

        Http.Answer delays = awaitReport("/api/reports/delays?from=2025-01-01&to=2025-03-31",
                json -> json.path("responses").asInt() == 3);
        assertThat(delays.json()).isEqualTo(Http.json("""
                {"from": "2025-01-01", "to": "2025-03-31", "responses": 3, "late": 1,
                 "byDelayReason": {"LEGAL_ISSUE": 1}, "byProcedure": {"CORPORATE": 1}, "byStage": {"STAGE_1": 1},
                 "byQuarter": {"2024-Q4": 1},
                 "rows": [{"delayReason": "LEGAL_ISSUE", "procedure": "CORPORATE", "stage": "STAGE_1", "count": 1}],
                 "lateResponses": [{"reference": "%s", "procedure": "CORPORATE", "stage": "STAGE_1",
                                    "dueDate": "2025-01-21", "respondedOn": "2025-01-24", "workingDaysLate": 3,
                                    "delayReasons": ["LEGAL_ISSUE"]}]}""".formatted(late)));
        assertThat(delays.response().body()).doesNotContain("Counsel", "M Jones", "m.jones", "Alex Example");

        // two cases, each caught up in its own time
        Http.Answer gaps = awaitReport("/api/reports/learning-gaps",
                json -> !casesIn(json.path("upheldWithoutLearning"), upheld).isEmpty()
                        && !casesIn(json.path("overdueActions"), learnt).isEmpty());
        assertThat(gaps.json().path("asOf").asString()).isEqualTo(TODAY.toString());
        JsonNode owed = casesIn(gaps.json().path("upheldWithoutLearning"), upheld).get(0);
        assertThat(owed.path("stage").asString()).isEqualTo("STAGE_1");
        assertThat(owed.path("outcome").asString()).isEqualTo("UPHELD");
        assertThat(owed.path("respondedOn").asString()).isEqualTo("2025-02-10");
        assertThat(owed.path("serviceArea").asString()).isEqualTo("CIC");
        assertThat(owed.path("workingDaysSinceResponse").asInt())
                .isEqualTo(WorkingDayCalendar.englandAndWales().workingDaysSince(LocalDate.of(2025, 2, 10), TODAY));
        assertThat(casesIn(gaps.json().path("upheldWithoutLearning"), learnt)).isEmpty();
        List<JsonNode> overdue = casesIn(gaps.json().path("overdueActions"), learnt);
        assertThat(overdue).hasSize(1);
        assertThat(overdue.get(0).path("actionIndex").asInt()).isZero();
        assertThat(overdue.get(0).path("description").asString()).isEqualTo("Add a named contact to every letter");
        assertThat(overdue.get(0).path("dueDate").asString()).isEqualTo("2025-04-30");
        assertThat(gaps.response().body()).doesNotContain("Pat Owner", "Alex Example");

        command(learnt, "learning/" + learning.json().path("learningId").asString() + "/actions/0/completion",
                "{\"completedOn\": \"" + TODAY + "\"}");
        awaitReport("/api/reports/learning-gaps", json -> casesIn(json.path("overdueActions"), learnt).isEmpty());
    }

    @Test
    void theDelayReportCoversTheReportingYearSoFarUnlessToldAndRefusesABadPeriodWith400() {
        JsonNode yearSoFar = http.get("/api/reports/delays").json();
        assertThat(yearSoFar.path("from").asString())
                .isEqualTo(ReportingYear.firstDay(ReportingYear.containing(TODAY)).toString());
        assertThat(yearSoFar.path("to").asString()).isEqualTo(TODAY.toString());

        assertRefused("/api/reports/delays?from=2025-02-30", "from");
        assertRefused("/api/reports/delays?from=2025-04-01&to=2025-01-01", "to");
        assertRefused("/api/reports/delays?from=2015-01-01&to=2025-01-01", "from");
    }

    private void assertRefused(String path, String field) {
        Http.Answer refused = http.get(path);
        assertThat(refused.status()).as(path).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo(field);
    }

    private String register(String procedure, String receivedOn) {
        return http.postJson("/api/complaints", Http.complaint(procedure, receivedOn)).json().path("reference").asString();
    }

    private void command(String reference, String command, String body) {
        Http.Answer answer = http.postJson(path(reference, command), body);
        assertThat(answer.status()).as("%s %s: %s", command, body, answer.response().body()).isEqualTo(204);
    }

    private static String path(String reference, String command) {
        return "/api/complaints/" + reference + "/" + command;
    }

    private Http.Answer awaitReport(String path, Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> http.get(path), answer -> condition.test(answer.json()));
    }

    private static List<JsonNode> casesIn(JsonNode rows, String reference) {
        return rows.valueStream().filter(row -> row.path("reference").asString().equals(reference)).toList();
    }
}
