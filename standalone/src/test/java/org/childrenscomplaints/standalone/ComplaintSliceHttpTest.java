package org.childrenscomplaints.standalone;

import org.axonframework.deadline.DeadlineManager;
import org.childrenscomplaints.api.calendar.WorkingDayCalendar;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthContributors;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.axonframework.deadline.jobrunr.JobRunrDeadlineManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The walking skeleton over HTTP on the embedded default: command API -> event store -> MongoDB read models. */
class ComplaintSliceHttpTest extends EmbeddedAppTest {

    @Autowired
    EventStorageEngine eventStorageEngine;
    @Autowired
    TokenStore tokenStore;
    @Autowired
    DeadlineManager deadlineManager;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    Clock clock;
    @Autowired
    HealthContributorRegistry healthContributors;
    @Autowired
    @Qualifier("eventStoreDataSource")
    DataSource eventStore;

    @Test
    void theEmbeddedDefaultKeepsEventsInH2ReadModelsAndTokensInMongoAndDeadlinesInJobRunr() {
        assertThat(eventStorageEngine).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(tokenStore).isInstanceOf(MongoTokenStore.class);
        assertThat(deadlineManager).isInstanceOf(JobRunrDeadlineManager.class);
        assertThat(DATA_DIR.resolve("events.mv.db")).exists();
        assertThat(DATA_DIR.resolve("readmodels.mv")).exists();
    }

    @Test
    void theEventStoreLetsGoOfTheBlobsItReturnedAfterTenSecondsNotH2sFiveMinutes() throws SQLException {
        try (Connection connection = eventStore.getConnection();
             ResultSet setting = connection.createStatement().executeQuery(
                     "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'LOB_TIMEOUT'")) {
            assertThat(setting.next()).isTrue();
            assertThat(setting.getString(1)).as("milliseconds").isEqualTo("10000");
        }
    }

    @Test
    void healthIsUpWithTheEventStoreTheReadModelsAndTheDeadlineSchedulerEachUp() {
        Http.Answer health = new Http(port).get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.response().body()).isEqualTo("{\"status\":\"UP\"}");
        // the answer is UP only because each store's own check is (db: the event store's pool and the jobs')
        assertThat(((CompositeHealthContributor) healthContributors.getContributor("db")).stream()
                .map(HealthContributors.Entry::name)).containsExactlyInAnyOrder("eventStoreDataSource", "jobsDataSource");
        for (String store : List.of("db/eventStoreDataSource", "db/jobsDataSource", "mongo", "JobRunr")) {
            assertThat(indicator(store).health().getStatus()).as(store).isEqualTo(Status.UP);
        }
    }

    private HealthIndicator indicator(String path) {
        HealthContributors within = healthContributors;
        HealthContributor contributor = null;
        for (String name : path.split("/")) {
            contributor = within.getContributor(name);
            within = contributor instanceof HealthContributors composite ? composite : null;
        }
        return (HealthIndicator) contributor;
    }

    @Test
    void aPostedComplaintReachesTheTrackerWithItsStage1DueDatesAndItsCaseView() {
        Http.Answer created = http.postJson("/api/complaints", Http.complaint("STATUTORY", "2026-04-02"));

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("id").asString();
        String reference = created.json().path("reference").asString();
        assertThat(reference).matches("ST-2026-\\d{4}");
        assertThat(created.header("Location")).isEqualTo("/api/complaints/" + id);

        JsonNode view = await().atMost(Duration.ofSeconds(10)).until(() -> http.get("/api/complaints/" + id),
                answer -> answer.status() == 200).json();
        assertThat(view.path("reference").asString()).isEqualTo(reference);
        assertThat(view.path("procedure").asString()).isEqualTo("STATUTORY");
        assertThat(view.path("stage").asString()).isEqualTo("STAGE_1");
        assertThat(view.toString()).doesNotContain("Alex Example", "alex@example.org");
        assertThat(http.get("/api/complaints/" + reference).json()).isEqualTo(view);

        JsonNode clocks = await().atMost(Duration.ofSeconds(10))
                .until(() -> http.get("/api/tracker?procedure=STATUTORY&serviceArea=CIC"),
                        answer -> answer.json().toString().contains(reference)).json();
        assertThat(clocks.valueStream().filter(clock -> clock.path("reference").asString().equals(reference))
                .map(clock -> clock.path("clock").asString() + " " + clock.path("dueDate").asString()
                        + " " + clock.path("rag").asString()))
                .containsExactly("ACKNOWLEDGEMENT 2026-04-09 RED", "RESPONSE 2026-04-20 RED");
    }

    @Test
    void aComplaintReceivedTodayIsGreenWithItsWorkingDaysLeftCountedFromToday() {
        LocalDate today = LocalDate.now(clock);
        String reference = http.postJson("/api/complaints", Http.complaint("STATUTORY", today.toString())).json()
                .path("reference").asString();

        JsonNode acknowledgement = await().atMost(Duration.ofSeconds(10))
                .until(() -> http.get("/api/tracker?rag=GREEN").json().valueStream()
                        .filter(clock -> clock.path("reference").asString().equals(reference)
                                && clock.path("clock").asString().equals("ACKNOWLEDGEMENT")).findFirst(), Optional::isPresent)
                .orElseThrow();
        LocalDate due = calendar.dueDate(today, 3);
        assertThat(acknowledgement.path("dueDate").asString()).isEqualTo(due.toString());
        assertThat(acknowledgement.path("workingDaysLeft").asInt()).isEqualTo(calendar.workingDaysLeft(today, due));
    }

    @Test
    void theTrackerIsAlwaysAnArrayWithTheTotalInAHeader() {
        http.postJson("/api/complaints", Http.complaint("SEND", "2026-04-02"));
        await().atMost(Duration.ofSeconds(10)).until(() -> http.get("/api/tracker?procedure=SEND").json().size() >= 2);

        Http.Answer page = http.get("/api/tracker?procedure=SEND&page=0&size=1");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().isArray()).isTrue();
        assertThat(page.json().size()).isEqualTo(1);
        assertThat(Long.parseLong(page.header("X-Total-Count"))).isGreaterThanOrEqualTo(2);
    }

    @Test
    void missingAndInvalidFieldsAreNamedInAProblem() {
        Http.Answer answer = http.postJson("/api/complaints", """
                {"procedure": "CORPORATE", "receivedOn": "2099-01-01", "issues": ["DELAY"]}""");

        assertProblem(answer, 400);
        assertThat(answer.json().path("errors").valueStream().map(error -> error.path("field").asString()))
                .containsExactlyInAnyOrder("channel", "complainant", "serviceArea", "summary", "receivedOn");
    }

    @Test
    void anUnknownEnumValueIsA400NamingTheFieldAndItsValues() {
        Http.Answer answer = http.postJson("/api/complaints", Http.complaint("FORMAL", "2026-04-02"));

        assertProblem(answer, 400);
        JsonNode error = answer.json().path("errors").get(0);
        assertThat(error.path("field").asString()).isEqualTo("procedure");
        assertThat(error.path("message").asString()).isEqualTo("must be one of STATUTORY, CORPORATE, SEND");
    }

    @Test
    void aBadDateIsA400NamingTheField() {
        Http.Answer answer = http.postJson("/api/complaints", Http.complaint("STATUTORY", "2 April 2026"));

        assertProblem(answer, 400);
        assertThat(answer.json().path("errors").get(0).path("field").asString()).isEqualTo("receivedOn");
    }

    @Test
    void malformedJsonIsA400() {
        assertProblem(http.postJson("/api/complaints", "{\"procedure\": "), 400);
    }

    @Test
    void aBodyThatIsNotJsonIsA415() {
        assertProblem(http.post("/api/complaints", "text/plain", "complaint"), 415);
    }

    @Test
    void aReferenceAlreadyInUseIsA409SayingSo() {
        String body = Http.complaint("CORPORATE", "2026-04-02").replace("\"summary\"", "\"reference\": \"CO-2026-0900\", \"summary\"");
        assertThat(http.postJson("/api/complaints", body).status()).isEqualTo(201);

        Http.Answer again = http.postJson("/api/complaints", body);

        assertProblem(again, 409);
        assertThat(again.json().path("detail").asString()).contains("CO-2026-0900 already belongs to another case");
    }

    @Test
    void anUnknownCaseIsA404() {
        assertProblem(http.get("/api/complaints/ST-1999-0001"), 404);
    }

    @Test
    void badTrackerParametersAreA400() {
        assertProblem(http.get("/api/tracker?rag=PURPLE"), 400);
        assertProblem(http.get("/api/tracker?size=0"), 400);
        assertProblem(http.get("/api/tracker?page=-1"), 400);
    }

    private static void assertProblem(Http.Answer answer, int status) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asString()).isNotBlank();
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank();
    }
}
