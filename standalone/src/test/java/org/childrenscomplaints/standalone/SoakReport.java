package org.childrenscomplaints.standalone;

import org.childrenscomplaints.standalone.SoakLedger.Outcome;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The soak's minutes compared third by third, as a CSV table and a markdown summary. */
record SoakReport(String setting, AppVitals.Reading before, List<SoakMinute> minutes, String loadAtStart, String loadAtEnd,
                  List<String> unexpected) {

    /**
     * Trends need a first third of at least two minutes, one left after the warm-up minute (JIT, caches and
     * pools filling). A shorter run (a smoke run) checks the machinery only.
     */
    private static final int MINUTES_TO_JUDGE_TRENDS = 6;

    boolean judgesTrends() {
        return minutes.size() >= MINUTES_TO_JUDGE_TRENDS;
    }

    List<SoakMinute> firstThird() {
        return minutes.subList(0, minutes.size() / 3);
    }

    List<SoakMinute> firstThirdAfterWarmUp() {
        return minutes.subList(1, minutes.size() / 3);
    }

    List<SoakMinute> lastThird() {
        return minutes.subList(minutes.size() - minutes.size() / 3, minutes.size());
    }

    static double errorRate(List<SoakMinute> period) {
        long errors = period.stream().mapToLong(minute -> minute.traffic().errors()).sum();
        return (double) errors / Math.max(1, requests(period));
    }

    static double heapAfterGcMb(List<SoakMinute> period) {
        return period.stream().mapToLong(minute -> minute.vitals().heapAfterGcMb()).average().orElse(0);
    }

    long total(Outcome outcome) {
        return sum(minutes, outcome);
    }

    String csv() {
        return SoakMinute.csvHeader() + "\n" + minutes.stream().map(SoakMinute::csvRow).collect(Collectors.joining("\n")) + "\n";
    }

    String markdown() {
        SoakMinute last = minutes.get(minutes.size() - 1);
        StringBuilder text = new StringBuilder("# Soak: " + setting + "\n\n")
                .append("Load average (1, 5, 15 min) at the start: ").append(loadAtStart)
                .append("; at the end: ").append(loadAtEnd).append("\n\n")
                .append(SoakMinute.markdownHeader()).append("\n")
                .append(minutes.stream().map(SoakMinute::markdownRow).collect(Collectors.joining("\n"))).append("\n\n")
                .append("## Summary\n\n")
                .append(line("- requests: %d in %d minutes, %.0f a minute", requests(minutes), minutes.size(),
                        (double) requests(minutes) / minutes.size()))
                .append(line("- refused on purpose (409s the mix provokes): %d", total(Outcome.REFUSED_ON_PURPOSE)))
                .append(line("- errors: %d unexpected answers, %d 5xx, %d without an answer", total(Outcome.UNEXPECTED),
                        total(Outcome.SERVER_ERROR), total(Outcome.NO_ANSWER)))
                .append(line("- before the clients started: heap after GC %d MB, RSS %d MB, %d events stored",
                        before.heapAfterGcMb(), before.rssMb(), before.eventsStored()))
                .append(line("- RSS: %d MB after the first minute, %d MB at the end, %d MB at most",
                        minutes.get(0).vitals().rssMb(), last.vitals().rssMb(),
                        minutes.stream().mapToLong(minute -> minute.vitals().rssMb()).max().orElseThrow()))
                .append(line("- events stored: %d at the end, %d of them in the soak", last.vitals().eventsStored(),
                        last.vitals().eventsStored() - before.eventsStored()));
        if (judgesTrends()) {
            text.append(line("- requests a minute: %.0f in the first third, %.0f in the last",
                            (double) requests(firstThird()) / firstThird().size(), (double) requests(lastThird()) / lastThird().size()))
                    .append(line("- error rate: %.3f %% in the first third, %.3f %% in the last",
                            100 * errorRate(firstThird()), 100 * errorRate(lastThird())))
                    .append(line("- heap after a full GC: %.0f MB in the first third after the warm-up minute, %.0f MB in the last",
                            heapAfterGcMb(firstThirdAfterWarmUp()), heapAfterGcMb(lastThird())));
        } else {
            text.append(line("- trends not judged: fewer than %d minutes", MINUTES_TO_JUDGE_TRENDS));
        }
        if (!unexpected.isEmpty()) {
            text.append("\nThe first unexpected answers:\n\n");
            unexpected.forEach(example -> text.append("- `").append(example.replace('\n', ' ')).append("`\n"));
        }
        return text.toString();
    }

    void writeTo(Path directory) throws IOException {
        Files.writeString(directory.resolve("minutes.csv"), csv());
        Files.writeString(directory.resolve("summary.md"), markdown());
    }

    private static long requests(List<SoakMinute> period) {
        return period.stream().mapToLong(minute -> minute.traffic().requests()).sum();
    }

    private static long sum(List<SoakMinute> period, Outcome outcome) {
        return period.stream().mapToLong(minute -> minute.traffic().count(outcome)).sum();
    }

    private static String line(String format, Object... values) {
        return String.format(Locale.ROOT, format, values) + "\n";
    }
}
