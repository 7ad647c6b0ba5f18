package org.childrenscomplaints.standalone;

import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Integrations registering complaints as fast as the app answers them, each with its own
 * Idempotency-Key, for a fixed time; and a dashboard on the tracker's live stream, which tells
 * when each new case reached the tracker: the projection lag of every answered registration.
 */
final class IntakeLoad {

    private static final List<String> PROCEDURES = List.of("STATUTORY", "CORPORATE", "SEND");

    record Result(int clients, double seconds, int registered, int refused, Latencies answers, Latencies lag, int notTracked) {

        double perSecond() {
            return registered / seconds;
        }
    }

    private final Map<String, Long> answeredAt = new ConcurrentHashMap<>();
    private final Map<String, Long> trackedAt = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Double> answers = new ConcurrentLinkedQueue<>();
    private final AtomicInteger refused = new AtomicInteger();

    /** {@code clients} registering for {@code duration}; the lag of each case is measured until {@code lagPatience} after the last. */
    static Result run(Http http, int clients, Duration duration, Duration lagPatience) throws InterruptedException {
        IntakeLoad load = new IntakeLoad();
        HttpClient streamClient = HttpClient.newHttpClient();
        HttpResponse<Stream<String>> stream = streamClient.sendAsync(http.request("/api/tracker/stream")
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines()).join();
        Thread dashboard = new Thread(() -> load.readTracker(stream), "tracker-dashboard");
        dashboard.setDaemon(true);
        dashboard.start();

        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        ExecutorService integrations = Executors.newFixedThreadPool(clients);
        for (int client = 0; client < clients; client++) {
            int first = client;
            integrations.submit(() -> load.registerUntil(http, end, first, today));
        }
        integrations.shutdown();
        if (!integrations.awaitTermination(duration.toSeconds() + 120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the integrations did not finish");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long patience = System.nanoTime() + lagPatience.toNanos();
        while (!load.trackedAt.keySet().containsAll(load.answeredAt.keySet()) && System.nanoTime() < patience) {
            Thread.sleep(50);
        }
        stream.body().close();
        List<Double> lags = load.answeredAt.entrySet().stream().filter(answered -> load.trackedAt.containsKey(answered.getKey()))
                .map(answered -> Math.max(0, (load.trackedAt.get(answered.getKey()) - answered.getValue()) / 1e6)).toList();
        return new Result(clients, seconds, load.answeredAt.size(), load.refused.get(), Latencies.of(load.answers),
                Latencies.of(lags), load.answeredAt.size() - lags.size());
    }

    private void registerUntil(Http http, long end, int client, String today) {
        for (int i = client; System.nanoTime() < end; i++) {
            long sent = System.nanoTime();
            Http.Answer answer;
            try {
                answer = http.postJson("/api/complaints", Http.complaint(PROCEDURES.get(i % 3), today),
                        UUID.randomUUID().toString());
            } catch (UncheckedIOException noAnswer) {
                refused.incrementAndGet();
                continue;
            }
            long answered = System.nanoTime();
            answers.add((answered - sent) / 1e6);
            if (answer.status() == 201) {
                answeredAt.put(answer.json().path("id").asString(), answered);
            } else {
                refused.incrementAndGet();
            }
        }
    }

    /** Only the first sight of a case counts: later events are the same case changing again. */
    private void readTracker(HttpResponse<Stream<String>> stream) {
        String[] event = {null};
        try {
            stream.body().forEach(line -> {
                if (line.startsWith("event:")) {
                    event[0] = line.substring("event:".length()).trim();
                } else if (line.startsWith("data:") && "case".equals(event[0])) {
                    long seen = System.nanoTime();
                    String id = Http.json(line.substring("data:".length())).path("id").asString();
                    if (!id.isEmpty()) {
                        trackedAt.putIfAbsent(id, seen);
                    }
                }
            });
        } catch (RuntimeException closed) {
            // the benchmark has closed the stream once it had what it needed
        }
    }
}
