package org.childrenscomplaints.standalone;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Officers sending commands to the same case at the same moment: each command is carried out or
 * refused with a problem, never half of either; the case's events stay one unbroken sequence; and
 * a race never lets through what the rules refuse one at a time.
 */
class ConcurrencyHttpTest extends EmbeddedAppTest {

    private static final int OFFICERS = 16;

    @Test
    void ofSixteenResponsesToOneStageSentAtOnceExactlyOneIsRecorded() throws Exception {
        String reference = allocatedComplaint();

        List<Http.Answer> answers = atOnce(OFFICERS, officer -> () -> http.postJson(
                Http.complaintPath(reference, "response"), "{\"respondedOn\": \"2026-04-14\", \"outcome\": \"UPHELD\"}"));

        assertThat(answers).filteredOn(answer -> answer.status() == 204).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.status() != 204).hasSize(OFFICERS - 1).allSatisfy(refused -> {
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.contentType()).isEqualTo("application/problem+json");
        });
        assertThat(eventTypes(reference)).filteredOn("Complaint responded"::equals).hasSize(1);
        assertUnbrokenSequence(reference);
    }

    /** Every 2xx answer is exactly one event of its kind; every refusal none. */
    @Test
    void mixedCommandsSentAtOnceEachApplyOnceOrAreRefused() throws Exception {
        String reference = allocatedComplaint();
        Map<String, String> bodies = Map.of(
                "acknowledgement", "{\"acknowledgedOn\": \"2026-04-07\"}",
                "allocation", "{\"managerId\": \"m.jones\"}",
                "extension", "{\"agreedOn\": \"2026-04-10\", \"newDueDate\": \"2026-04-30\", \"reason\": \"Interviews\"}",
                "delay-reasons", "{\"category\": \"INVESTIGATOR_UNAVAILABLE\"}",
                "response", "{\"respondedOn\": \"2026-04-14\", \"outcome\": \"PARTIALLY_UPHELD\"}");
        Map<String, String> eventOf = Map.of("acknowledgement", "Complaint acknowledged", "allocation", "Complaint allocated",
                "extension", "Extension agreed", "delay-reasons", "Delay reason recorded", "response", "Complaint responded");
        List<String> commands = new ArrayList<>();
        bodies.keySet().forEach(command -> commands.addAll(Collections.nCopies(4, command)));
        Collections.shuffle(commands);
        List<String> before = eventTypes(reference);

        List<Http.Answer> answers = atOnce(commands.size(), i -> () ->
                http.postJson(Http.complaintPath(reference, commands.get(i)), bodies.get(commands.get(i))));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).isIn(204, 400, 409));
        assertThat(answers).filteredOn(answer -> answer.status() != 204)
                .allSatisfy(refused -> assertThat(refused.contentType()).isEqualTo("application/problem+json"));
        List<String> after = eventTypes(reference);
        for (String command : bodies.keySet()) {
            long applied = IntStream.range(0, commands.size())
                    .filter(i -> commands.get(i).equals(command) && answers.get(i).status() == 204).count();
            assertThat(after.stream().filter(eventOf.get(command)::equals).count()
                    - before.stream().filter(eventOf.get(command)::equals).count())
                    .as("events of %s carried out %d times", command, applied).isEqualTo(applied);
        }
        // whether one lands depends on the order (a response before the acknowledgement is refused); never two
        assertThat(after).filteredOn("Complaint acknowledged"::equals).hasSizeLessThanOrEqualTo(1);
        assertThat(after).filteredOn("Complaint responded"::equals).hasSizeLessThanOrEqualTo(1);
        assertUnbrokenSequence(reference);
    }

    @Test
    void registrationsSentAtOnceGetConsecutiveReferencesEachIssuedOnce() throws Exception {
        int registrations = 2 * OFFICERS;

        List<Http.Answer> answers = atOnce(registrations, i -> () ->
                http.postJson("/api/complaints", Http.complaint("SEND", "2021-06-01")));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(201));
        List<Integer> numbers = answers.stream().map(answer -> answer.json().path("reference").asString())
                .peek(reference -> assertThat(reference).startsWith("SE-2021-"))
                .map(reference -> Integer.parseInt(reference.substring("SE-2021-".length()))).sorted().toList();
        assertThat(numbers).as("each number once, none skipped")
                .isEqualTo(IntStream.range(numbers.get(0), numbers.get(0) + registrations).boxed().toList());
    }

    private String allocatedComplaint() {
        String reference = http.registerComplaint("STATUTORY", "2026-04-02");
        http.complaintCommand(reference, "allocation", "{\"managerId\": \"m.jones\"}");
        http.awaitComplaint(reference, view -> view.path("stages").path(0).path("allocation").path("managerId").isString());
        return reference;
    }

    /** Sends every request at the same moment, each from a thread of its own; the answers in the same order. */
    private static List<Http.Answer> atOnce(int count, IntFunction<Supplier<Http.Answer>> requests) throws Exception {
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService officers = Executors.newFixedThreadPool(count);
        try {
            List<Future<Http.Answer>> pending = IntStream.range(0, count).mapToObj(requests)
                    .map(request -> officers.submit(() -> {
                        ready.countDown();
                        go.await();
                        return request.get();
                    }))
                    .toList();
            ready.await();
            go.countDown();
            List<Http.Answer> answers = new ArrayList<>();
            for (Future<Http.Answer> answer : pending) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            officers.shutdownNow();
        }
    }

    private List<JsonNode> history(String reference) {
        Http.Answer history = http.get("/api/complaints/" + reference + "/history");
        assertThat(history.status()).isEqualTo(200);
        return history.json().valueStream().toList();
    }

    private List<String> eventTypes(String reference) {
        return history(reference).stream().map(event -> event.path("type").asString()).collect(Collectors.toList());
    }

    private void assertUnbrokenSequence(String reference) {
        List<Long> sequence = history(reference).stream().map(event -> event.path("sequence").asLong()).toList();
        assertThat(sequence).as("sequence numbers of the case's events")
                .isEqualTo(LongStream.range(0, sequence.size()).boxed().toList());
    }
}
