package org.childrenscomplaints.standalone;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Every request of the soak's clients, sent through it to be timed and counted by outcome, minute by minute. */
final class SoakLedger {

    /** Enough examples to see what went wrong without flooding the report. */
    private static final int UNEXPECTED_EXAMPLES = 20;

    enum Kind { COMMAND, QUERY }

    enum Outcome {
        OK,
        /** The 409 the mix provoked on purpose by breaking a rule of the procedure. */
        REFUSED_ON_PURPOSE,
        /** A 4xx the mix did not provoke, or any answer but the refusal it did provoke. */
        UNEXPECTED,
        SERVER_ERROR,
        /** No HTTP answer at all: connection refused or reset. */
        NO_ANSWER
    }

    /** One minute's requests: how many of each outcome, and the 50th and 99th percentile latencies in ms. */
    record Traffic(Map<Outcome, Long> outcomes, double commandP50, double commandP99, double queryP50, double queryP99) {

        long requests() {
            return outcomes.values().stream().mapToLong(Long::longValue).sum();
        }

        long count(Outcome outcome) {
            return outcomes.getOrDefault(outcome, 0L);
        }

        long errors() {
            return count(Outcome.UNEXPECTED) + count(Outcome.SERVER_ERROR) + count(Outcome.NO_ANSWER);
        }
    }

    private Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
    private Map<Kind, List<Long>> latencies = new EnumMap<>(Kind.class);
    private final List<String> unexpected = new ArrayList<>();

    /** Sends, times and counts a request described as {@code what}; the answer if it was the one expected. */
    Optional<Http.Answer> send(Kind kind, String what, Supplier<Http.Answer> request, Predicate<Http.Answer> expected) {
        long started = System.nanoTime();
        Http.Answer answer;
        try {
            answer = request.get();
        } catch (RuntimeException noAnswer) {
            record(kind, Outcome.NO_ANSWER, System.nanoTime() - started);
            noteUnexpected(what + " -> " + noAnswer);
            return Optional.empty();
        }
        long nanos = System.nanoTime() - started;
        boolean asExpected = answer.status() < 500 && expected.test(answer);
        Outcome outcome = answer.status() >= 500 ? Outcome.SERVER_ERROR
                : !asExpected ? Outcome.UNEXPECTED
                : answer.status() == 409 ? Outcome.REFUSED_ON_PURPOSE : Outcome.OK;
        record(kind, outcome, nanos);
        if (!asExpected) {
            String body = answer.response().body();
            noteUnexpected(what + " -> " + answer.status() + " " + body.substring(0, Math.min(body.length(), 300)));
        }
        return asExpected ? Optional.of(answer) : Optional.empty();
    }

    static boolean succeeded(Http.Answer answer) {
        return answer.status() >= 200 && answer.status() < 300;
    }

    private synchronized void record(Kind kind, Outcome outcome, long nanos) {
        outcomes.merge(outcome, 1L, Long::sum);
        latencies.computeIfAbsent(kind, any -> new ArrayList<>()).add(nanos);
    }

    private synchronized void noteUnexpected(String example) {
        if (unexpected.size() < UNEXPECTED_EXAMPLES) {
            unexpected.add(example);
        }
    }

    /** The minute's traffic; the next minute starts counting from nothing. */
    synchronized Traffic closeMinute() {
        Latencies commands = latenciesOf(Kind.COMMAND);
        Latencies queries = latenciesOf(Kind.QUERY);
        Traffic traffic = new Traffic(outcomes, orZero(commands.p50()), orZero(commands.p99()), orZero(queries.p50()),
                orZero(queries.p99()));
        outcomes = new EnumMap<>(Outcome.class);
        latencies = new EnumMap<>(Kind.class);
        return traffic;
    }

    synchronized List<String> unexpectedExamples() {
        return List.copyOf(unexpected);
    }

    private Latencies latenciesOf(Kind kind) {
        return Latencies.of(latencies.getOrDefault(kind, List.of()).stream().map(nanos -> nanos / 1e6).toList());
    }

    /** 0 for a minute without requests of that kind. */
    private static double orZero(double millis) {
        return Double.isNaN(millis) ? 0 : millis;
    }
}
