package org.childrenscomplaints.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Stopping and starting the embedded app on the same data directory loses nothing and repeats nothing. */
class RestartTest {

    @TempDir
    Path dataDir;

    @Test
    void aComplaintIsThereOnceAfterARestartAndTheReferenceSeriesCarriesOn() {
        String first;
        try (ConfigurableApplicationContext app = EmbeddedApp.start(dataDir)) {
            Http http = EmbeddedApp.http(app);
            first = http.postJson("/api/complaints", Http.complaint("STATUTORY", "2026-04-02")).json()
                    .path("reference").asString();
            awaitClocks(http, 2);
        }

        try (ConfigurableApplicationContext app = EmbeddedApp.start(dataDir)) {
            Http http = EmbeddedApp.http(app);
            String second = http.postJson("/api/complaints", Http.complaint("STATUTORY", "2026-04-03")).json()
                    .path("reference").asString();
            // events are projected in order, so once the new case shows, any replay of the old one has happened too
            JsonNode clocks = awaitClocks(http, 4);

            assertThat(first).isEqualTo("ST-2026-0001");
            assertThat(second).isEqualTo("ST-2026-0002");
            assertThat(clocks.valueStream().map(clock -> clock.path("reference").asString()).toList())
                    .containsExactlyInAnyOrder(first, first, second, second);
            assertThat(http.get("/api/complaints/" + first).status()).isEqualTo(200);
            assertThat(storedEventTypes(app)).filteredOn(type -> !type.contains("Reminder")).containsExactly(
                    "org.childrenscomplaints.api.reference.ReferenceIssuedEvent",
                    "org.childrenscomplaints.api.complaint.ComplaintReceivedEvent",
                    "org.childrenscomplaints.api.reference.ReferenceIssuedEvent",
                    "org.childrenscomplaints.api.complaint.ComplaintReceivedEvent");
        }
    }

    @Test
    void anIdempotencyKeyHoldsAcrossARestart() {
        String complaint = Http.complaint("CORPORATE", "2026-04-02");
        String firstAnswer;
        try (ConfigurableApplicationContext app = EmbeddedApp.start(dataDir)) {
            firstAnswer = EmbeddedApp.http(app).postJson("/api/complaints", complaint, "retry-after-restart").response().body();
        }

        try (ConfigurableApplicationContext app = EmbeddedApp.start(dataDir)) {
            Http.Answer retried = EmbeddedApp.http(app).postJson("/api/complaints", complaint, "retry-after-restart");

            assertThat(retried.response().body()).isEqualTo(firstAnswer);
            assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        }
    }

    @Test
    void remindersScheduledBeforeARestartFireAfterIt() {
        try (ConfigurableApplicationContext app = EmbeddedApp.start(dataDir, "--jobrunr.background-job-server.enabled=false")) {
            // back-dated: each Stage 1 clock is long overdue, so its ESCALATED reminder is due at once
            EmbeddedApp.http(app).postJson("/api/complaints", Http.complaint("STATUTORY", "2026-04-02"));
        }

        try (ConfigurableApplicationContext app = EmbeddedApp.start(dataDir, "--jobrunr.background-job-server.poll-interval-in-seconds=5")) {
            await().atMost(Duration.ofSeconds(60)).until(() -> storedEventTypes(app).stream()
                    .filter(type -> type.endsWith("ReminderFiredEvent")).count() == 2);
        }
    }

    private static JsonNode awaitClocks(Http http, int count) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> http.get("/api/tracker").json(),
                clocks -> clocks.size() == count);
    }

    private static List<String> storedEventTypes(ConfigurableApplicationContext app) {
        return app.getBean(JdbcTemplate.class)
                .queryForList("SELECT payloadType FROM DomainEventEntry ORDER BY globalIndex", String.class);
    }
}
