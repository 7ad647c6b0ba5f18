package org.childrenscomplaints.standalone;

import org.childrenscomplaints.standalone.SoakLedger.Outcome;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One row of the soak's table: a minute's traffic and the app's vitals at its end. */
record SoakMinute(int minute, SoakLedger.Traffic traffic, AppVitals.Reading vitals) {

    private static final List<String> COLUMNS = List.of("minute", "requests", "refused on purpose", "unexpected",
            "5xx", "no answer", "command p50 ms", "command p99 ms", "query p50 ms", "query p99 ms",
            "heap after GC MB", "heap committed MB", "metaspace MB", "RSS MB", "threads", "events stored");

    static String csvHeader() {
        return String.join(",", COLUMNS);
    }

    static String markdownHeader() {
        return "| " + String.join(" | ", COLUMNS) + " |\n|" + "---:|".repeat(COLUMNS.size());
    }

    String csvRow() {
        return cells().collect(Collectors.joining(","));
    }

    String markdownRow() {
        return cells().collect(Collectors.joining(" | ", "| ", " |"));
    }

    private Stream<String> cells() {
        return Stream.of(minute, traffic.requests(), traffic.count(Outcome.REFUSED_ON_PURPOSE),
                        traffic.count(Outcome.UNEXPECTED), traffic.count(Outcome.SERVER_ERROR),
                        traffic.count(Outcome.NO_ANSWER), traffic.commandP50(), traffic.commandP99(), traffic.queryP50(),
                        traffic.queryP99(), vitals.heapAfterGcMb(), vitals.heapCommittedMb(), vitals.metaspaceMb(),
                        vitals.rssMb(), vitals.threads(), vitals.eventsStored())
                .map(cell -> cell instanceof Double ms ? String.format(Locale.ROOT, "%.0f", ms) : cell.toString());
    }
}
