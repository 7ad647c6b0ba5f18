package org.childrenscomplaints.standalone;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Clients registering complaints, each with an {@code Idempotency-Key} as an integration that
 * retries sends them, and acknowledging every other one, until the app stops answering.
 * Remembers every request and what came back, or that nothing did.
 */
final class CommandLoad {

    private static final List<String> PROCEDURES = List.of("STATUTORY", "CORPORATE", "SEND");

    /** A request and its answer: {@code status} 0 when the app died before answering. */
    record Sent(String path, String body, String key, int status, String answer) {

        boolean answered() {
            return status != 0;
        }

        String caseId() {
            return Http.json(answer).path("id").asString();
        }
    }

    final ConcurrentLinkedQueue<Sent> registrations = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Sent> acknowledgements = new ConcurrentLinkedQueue<>();
    private final ExecutorService clients;

    private CommandLoad(int clients) {
        this.clients = Executors.newFixedThreadPool(clients);
    }

    /** @param receivedOn the days the complaints were received on, taken in turn */
    static CommandLoad start(Http http, int clients, List<String> receivedOn) {
        CommandLoad load = new CommandLoad(clients);
        for (int client = 0; client < clients; client++) {
            int first = client;
            load.clients.submit(() -> load.sendUntilNoAnswer(http, first, receivedOn));
        }
        return load;
    }

    /** Waits for every client to have found the app gone. */
    void awaitEnd() throws InterruptedException {
        clients.shutdown();
        if (!clients.awaitTermination(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("clients still sending a minute after the app died");
        }
    }

    long answered() {
        return registrations.stream().filter(Sent::answered).count();
    }

    private void sendUntilNoAnswer(Http http, int first, List<String> days) {
        for (int i = first; ; i++) {
            String receivedOn = days.get(i % days.size());
            Sent registration = send(http, "/api/complaints", Http.complaint(PROCEDURES.get(i % 3), receivedOn));
            registrations.add(registration);
            if (!registration.answered()) {
                return;
            }
            if (registration.status() == 201 && i % 2 == 0) {
                Sent acknowledgement = send(http, "/api/complaints/" + registration.caseId() + "/acknowledgement",
                        "{\"acknowledgedOn\": \"" + receivedOn + "\"}");
                acknowledgements.add(acknowledgement);
                if (!acknowledgement.answered()) {
                    return;
                }
            }
        }
    }

    private static Sent send(Http http, String path, String body) {
        String key = UUID.randomUUID().toString();
        try {
            Http.Answer answer = http.postJson(path, body, key);
            return new Sent(path, body, key, answer.status(), answer.response().body());
        } catch (UncheckedIOException noAnswer) {
            return new Sent(path, body, key, 0, null);
        }
    }
}
