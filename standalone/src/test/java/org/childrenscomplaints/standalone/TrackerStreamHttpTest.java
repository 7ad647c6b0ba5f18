package org.childrenscomplaints.standalone;

import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.childrenscomplaints.api.tracker.FindOpenClocksQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Live trackers over HTTP: {@code GET /api/tracker/stream} read as a dashboard reads it. */
class TrackerStreamHttpTest extends EmbeddedAppTest {

    @Autowired
    QueryUpdateEmitter updateEmitter;

    @Test
    void aDashboardGetsEveryOpenClockAndThenEachCaseAsItChanges() {
        String earlier = register("CORPORATE");
        await().atMost(Duration.ofSeconds(10)).until(() -> !trackerRowsOf(earlier).isEmpty());

        try (EventStream stream = open("")) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.contentType()).startsWith("text/event-stream");
            JsonNode snapshot = stream.first("snapshot", data -> true).data();
            assertThat(rowsOf(earlier, snapshot)).isEqualTo(trackerRowsOf(earlier));

            String reference = register("STATUTORY");

            JsonNode update = stream.first("case", data -> data.path("reference").asString().equals(reference)).data();
            // the case view is another read model, which may see the case a moment after the tracker did
            assertThat(update.path("id").asString()).isEqualTo(http.awaitComplaint(reference, view -> view.has("id"))
                    .path("id").asString());
            assertThat(update.path("clocks").valueStream().map(clock -> clock.path("clock").asString()))
                    .containsExactly("ACKNOWLEDGEMENT", "RESPONSE");
            assertThat(update.path("clocks").valueStream().map(clock -> clock.path("procedure").asString()))
                    .containsOnly("STATUTORY");
            assertThat(update.path("clocks").valueStream().toList()).isEqualTo(trackerRowsOf(reference));
        }
    }

    /** The choice made: a filtered dashboard is told of a case only while it is, or as it stops being, in its view. */
    @Test
    void aFilteredDashboardHearsOnlyOfCasesInItsViewAndOfThoseLeavingIt() {
        try (EventStream everything = open(""); EventStream corporate = open("?procedure=CORPORATE")) {
            everything.first("snapshot", data -> true);
            corporate.first("snapshot", data -> true);

            String reference = register("STATUTORY");
            command(reference, "reclassification", "{\"procedure\": \"CORPORATE\", \"reason\": \"not a child in need\"}");
            command(reference, "withdrawal", "{\"withdrawnOn\": \"2026-04-03\"}");

            // one case's updates reach each dashboard in order: the withdrawal's is the last of them
            everything.first("case", data -> isWithdrawal(reference, data));
            corporate.first("case", data -> isWithdrawal(reference, data));
            assertThat(proceduresSent(everything, reference)).containsExactly("STATUTORY", "CORPORATE", "none");
            assertThat(proceduresSent(corporate, reference)).containsExactly("CORPORATE", "none");
        }
    }

    @Test
    void aBadFilterIsAnsweredWithTheTrackersOwn400() {
        try (EventStream stream = open("?rag=PURPLE")) {
            JsonNode tracker = http.get("/api/tracker?rag=PURPLE").json();

            assertThat(stream.status()).isEqualTo(400);
            assertThat(stream.contentType()).startsWith("application/problem+json");
            JsonNode problem = stream.json();
            assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("rag");
            for (String field : List.of("type", "title", "status", "detail", "errors")) {
                assertThat(problem.path(field)).as(field).isEqualTo(tracker.path(field));
            }
        }
    }

    @Test
    void aDashboardThatGoesAwayLeavesNoSubscriptionBehind() {
        Set<SubscriptionQueryMessage<?, ?, ?>> before = trackerSubscriptions();
        try (EventStream stream = open("")) {
            stream.first("snapshot", data -> true);
            Set<SubscriptionQueryMessage<?, ?, ?>> ours = trackerSubscriptions();
            ours.removeAll(before);
            assertThat(ours).hasSize(1);

            stream.close();

            // the server learns that a client has gone only when a write to it fails, which may take
            // more than one (the first can still reach the socket's buffer): cases go on changing until then
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                register("CORPORATE");
                return trackerSubscriptions().stream().noneMatch(ours::contains);
            });
        }
    }

    private EventStream open(String filters) {
        return EventStream.open(http, "/api/tracker/stream" + filters);
    }

    private String register(String procedure) {
        Http.Answer answer = http.postJson("/api/complaints", Http.complaint(procedure, "2026-04-02"));
        assertThat(answer.status()).as(answer.response().body()).isEqualTo(201);
        return answer.json().path("reference").asString();
    }

    private void command(String reference, String command, String body) {
        Http.Answer answer = http.postJson("/api/complaints/" + reference + "/" + command, body);
        assertThat(answer.status()).as("%s: %s", command, answer.response().body()).isEqualTo(204);
    }

    private List<JsonNode> trackerRowsOf(String reference) {
        return rowsOf(reference, http.get("/api/tracker").json());
    }

    private static List<JsonNode> rowsOf(String reference, JsonNode rows) {
        return rows.valueStream().filter(row -> row.path("reference").asString().equals(reference)).toList();
    }

    private static boolean isWithdrawal(String reference, JsonNode update) {
        return update.path("reference").asString().equals(reference) && update.path("clocks").isEmpty();
    }

    /** Each case event's procedure, "none" for an event with no clocks. */
    private static List<String> proceduresSent(EventStream stream, String reference) {
        return stream.received("case").map(EventStream.Event::data)
                .filter(data -> data.path("reference").asString().equals(reference))
                .map(data -> data.path("clocks").valueStream().map(clock -> clock.path("procedure").asString())
                        .distinct().collect(Collectors.joining(",")))
                .map(procedures -> procedures.isEmpty() ? "none" : procedures)
                .toList();
    }

    private Set<SubscriptionQueryMessage<?, ?, ?>> trackerSubscriptions() {
        return updateEmitter.activeSubscriptions().stream()
                .filter(subscription -> subscription.getPayload() instanceof FindOpenClocksQuery)
                .collect(Collectors.toCollection(HashSet::new));
    }
}
