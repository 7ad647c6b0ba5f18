package org.childrenscomplaints.standalone;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded default at national scale (docs/benchmarks.md): histories of 10k to 1M complaints
 * made from the demo council, then intake over HTTP with its projection lag, a rebuild of every
 * read model, the reports and views a team reads, and memory; each beside what the storage alone
 * does with the same data. Not part of the test run; its figures are written down, not asserted.
 *
 * <pre>./mvnw -B -pl standalone -am verify -Dgroups=benchmark -DexcludedGroups=none -Dtest=ScaleBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark.complaints=10000,100000</pre>
 */
@Tag("benchmark")
class ScaleBenchmark {

    private static final Path WORK = Path.of("target", "benchmark").toAbsolutePath();
    private static final List<Long> SIZES = numbers("benchmark.complaints", "10000");
    private static final List<Long> CLIENTS = numbers("benchmark.clients", "8,16,32");
    private static final Duration INTAKE = Duration.ofSeconds(Long.getLong("benchmark.intake-seconds", 20));
    /**
     * Registrations before the measured intakes: a cold app registers at about half its rate in its
     * first minute of them and slower than its rate in the second, and at its rate straight away once
     * warm (docs/benchmarks.md, eleventh round). 0 measures the intakes cold, as the rounds before did.
     */
    private static final Duration INTAKE_WARM_UP = Duration.ofSeconds(Long.getLong("benchmark.intake-warm-up-seconds", 120));
    private static final int QUERIES = Integer.getInteger("benchmark.queries", 200);
    private static final String HEAP = "-Xmx" + System.getProperty("benchmark.heap", "1g");

    @Test
    void atEachHistorySize() throws Exception {
        HistoryCopies history = HistoryCopies.of(template());
        Path results = WORK.resolve("results.md");
        Files.deleteIfExists(results);
        // each row written as soon as it is measured: the largest size takes hours, and a run cut short keeps what it measured
        Consumer<String> rows = row -> {
            try {
                Files.writeString(results, row + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.out.println("SCALE BENCHMARK " + row);
        };
        for (long size : SIZES) {
            measure(history, size, rows);
        }
    }

    private void measure(HistoryCopies history, long size, Consumer<String> rows) throws Exception {
        Path dir = WORK.resolve("complaints-" + size);
        FileSystemUtils.deleteRecursively(dir);
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.copy(template().resolve("events.mv.db"), data.resolve("events.mv.db"));
        int copies = (int) Math.max(0, Math.ceil((double) size / history.complaintsPerCopy()) - 1);
        HistoryCopies.Appended appended = history.appendCopies(data, copies);
        long complaints = (copies + 1) * history.complaintsPerCopy();
        List<String> complaintIds = sampleOfComplaints(data);
        String at = "%,d complaints".formatted(complaints);
        rows.accept(("| %s | history appended by plain JDBC batches | %,.0f events/s (%,d events in %.0f s; "
                + "the file compacted as it grew and then in full, %.0f s more, to %,d MB) |").formatted(at, appended.eventsPerSecond(), appended.events(),
                appended.seconds(), appended.compactingSeconds(), megabytes(data.resolve(DataDirectory.EVENT_STORE_FILE))));

        long events;
        // the event stream's head before the measured intakes and after each: each run's own events
        List<Long> intakeHeads = new ArrayList<>();
        List<IntakeLoad.Result> intakes = new ArrayList<>();
        long starting = System.nanoTime();
        try (AppProcess app = AppProcess.start(data, dir.resolve("app.log"), jvmOptions(data, dir));
             AppVitals vitals = new AppVitals(app.pid(), data, dir)) {
            Http admin = app.as(TestUsers.ADMIN);
            Http officer = app.as(TestUsers.OFFICER);
            // no read-model file yet: the app replays every event into every read model as it starts
            double rebuild = secondsUntilCaughtUp(admin, starting);
            events = vitals.headOfEventStream();
            rows.accept("| %s | rebuild: every event replayed into every read model, from the app's start | %,.0f events/s "
                    .formatted(at, events / rebuild) + "(%,d events in %.0f s) |".formatted(events, rebuild));

            rows.accept(queryRow(at, "annual report 2019 (JSON)", officer, () -> "/api/reports/annual/2019"));
            rows.accept(queryRow(at, "tracker, first page of 50", officer, () -> "/api/tracker?page=0&size=50"));
            // what the contract answers without page and size: every open clock
            rows.accept(queryRow(at, "tracker, every open clock", officer, () -> "/api/tracker"));
            Random random = new Random(size);
            rows.accept(queryRow(at, "case view", officer, () -> "/api/complaints/" + complaintIds.get(random.nextInt(complaintIds.size()))));

            if (INTAKE_WARM_UP.compareTo(Duration.ZERO) > 0) {
                IntakeLoad.Result warmUp = IntakeLoad.run(officer, CLIENTS.get(0).intValue(), INTAKE_WARM_UP, Duration.ofSeconds(30));
                rows.accept("| %s | intake warming up, %d clients, its first %d s | %s |"
                        .formatted(at, warmUp.clients(), INTAKE_WARM_UP.toSeconds(), figures(warmUp)));
            }
            intakeHeads.add(vitals.headOfEventStream());
            for (long clients : CLIENTS) {
                intakes.add(IntakeLoad.run(officer, (int) clients, INTAKE, Duration.ofSeconds(30)));
                intakeHeads.add(vitals.headOfEventStream());
            }
            AppVitals.Reading live = vitals.read();
            rows.accept("| %s | memory | peak heap %,d MB (of %s), live heap after the run %,d MB, peak RSS %,d MB |"
                    .formatted(at, vitals.peakHeapUsedMb(), HEAP.substring(4), live.heapAfterGcMb(), vitals.peakRssMb()));
            app.stop();
        }
        rows.accept("| %s | files once the app has stopped (history, rebuild, queries, intake warm-up, intake) | event store %,d MB, read models %,d MB |"
                .formatted(at, megabytes(data.resolve(DataDirectory.EVENT_STORE_FILE)),
                        megabytes(data.resolve(DataDirectory.READ_MODELS_FILE))));

        for (int run = 0; run < intakes.size(); run++) {
            IntakeLoad.Result intake = intakes.get(run);
            StorageCeilings.Rate ceiling = StorageCeilings.registrationAppends(data, intakeHeads.get(run), intakeHeads.get(run + 1),
                    intake.clients(), run + 1);
            rows.accept("| %s | intake, %d clients | %s | raw appends %,.0f registrations/s (its %,d again) | %.0f %% |".formatted(at,
                    intake.clients(), figures(intake), ceiling.perSecond(), ceiling.units(),
                    100 * intake.perSecond() / ceiling.perSecond()));
        }
        StorageCeilings.Rate documents = StorageCeilings.readModelWrites(data, Files.createDirectories(dir.resolve("scratch")));
        rows.accept("| %s | read models written in bulk | %,.0f documents/s (%,d documents in %.1f s) = %,.0f events/s |"
                .formatted(at, documents.perSecond(), documents.units(), documents.seconds(), events / documents.seconds()));
    }

    private static String figures(IntakeLoad.Result intake) {
        return ("%,.0f registrations/s, answers p50/p99 %.1f / %.1f ms, %d refused; projection lag p50/p99 %.0f / %.0f ms "
                + "(%d not seen in the tracker within 30 s)").formatted(intake.perSecond(), intake.answers().p50(),
                intake.answers().p99(), intake.refused(), intake.lag().p50(), intake.lag().p99(), intake.notTracked());
    }

    /**
     * The demo council as the app's import writes it, made once and kept under target/benchmark. One kept
     * from an older build has that build's schema, so it is brought up to this one's: otherwise the
     * history would be appended into indexes the app drops only as it starts.
     */
    private static Path template() throws Exception {
        Path template = WORK.resolve("template");
        if (Files.exists(template.resolve("events.mv.db"))) {
            Flyway.configure().dataSource(EmbeddedStorageConfiguration.eventStoreUrl(template.resolve("events")), "sa", "")
                    .load().migrate();
            return template;
        }
        Files.createDirectories(template);
        Path demo = WORK.resolve("demo.csv");
        try (InputStream csv = ScaleBenchmark.class.getResourceAsStream("/demo/council-2018-2020.csv")) {
            Files.copy(csv, demo);
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Process importing = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StandaloneApplication.class.getName(), "--complaints.import=" + demo, "--complaints.data-dir=" + template)
                .redirectErrorStream(true).redirectOutput(WORK.resolve("template.log").toFile()).start();
        assertThat(importing.waitFor(30, TimeUnit.MINUTES)).isTrue();
        assertThat(importing.exitValue()).as("the import of the demo council (template.log)").isZero();
        return template;
    }

    private static List<String> jvmOptions(Path data, Path dir) throws IOException {
        List<String> options = new ArrayList<>(AppVitals.jvmOptions(data, dir));
        options.add(HEAP);
        return options;
    }

    private static List<String> sampleOfComplaints(Path data) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection connection = HistoryCopies.open(data);
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT aggregateIdentifier FROM DomainEventEntry WHERE type = 'Complaint' AND sequenceNumber = 0")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        Collections.shuffle(ids, new Random(42));
        return List.copyOf(ids.subList(0, Math.min(1_000, ids.size())));
    }

    /** Seconds from {@code started} until every read model is running, past any replay and at the head of the events. */
    private static double secondsUntilCaughtUp(Http admin, long started) {
        await().atMost(Duration.ofHours(3)).pollInterval(Duration.ofMillis(250)).until(() ->
                admin.get("/api/admin/read-models").json().valueStream().allMatch(model -> model.path("running").asBoolean()
                        && model.path("caughtUp").asBoolean() && !model.path("replaying").asBoolean()));
        return (System.nanoTime() - started) / 1e9;
    }

    private static String queryRow(String at, String what, Http http, Supplier<String> path) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < QUERIES + QUERIES / 10; i++) {
            String address = path.get();
            long start = System.nanoTime();
            Http.Answer answer = http.get(address);
            double took = Latencies.millisSince(start);
            assertThat(answer.status()).as(address).isEqualTo(200);
            if (i >= QUERIES / 10) {
                millis.add(took);
            }
        }
        Latencies latencies = Latencies.of(millis);
        return "| %s | %s | p50/p99 %.1f / %.1f ms (max %.1f, %d requests after %d to warm up) |"
                .formatted(at, what, latencies.p50(), latencies.p99(), latencies.max(), latencies.count(), QUERIES / 10);
    }

    private static long megabytes(Path file) throws IOException {
        return Files.size(file) / (1024 * 1024);
    }

    private static List<Long> numbers(String property, String defaults) {
        return Arrays.stream(System.getProperty(property, defaults).split(",")).map(String::trim).map(Long::parseLong).toList();
    }
}
