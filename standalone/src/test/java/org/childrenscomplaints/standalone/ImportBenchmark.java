package org.childrenscomplaints.standalone;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows per second of {@code POST /api/imports} on the embedded default, for docs/benchmarks.md. Tagged
 * {@code benchmark}, which the standalone module's build leaves out; run it with
 * {@code ./mvnw -B -q -pl standalone verify -Dgroups=benchmark -DexcludedGroups=none -Dtest=ImportBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false} after an install of the other modules.
 */
@Tag("benchmark")
class ImportBenchmark extends EmbeddedAppTest {

    private static final int ROWS = Integer.getInteger("benchmark.rows", 10_000);

    @Test
    void importsTenThousandRowsOfAFourYearTracker() {
        String file = new SpreadsheetGenerator(20190401L).file(ROWS);

        long started = System.nanoTime();
        Http.Answer answer = http.as(TestUsers.ADMIN).post("/api/imports", "text/csv", file);
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(answer.status()).as(answer.response().body()).isEqualTo(200);
        JsonNode report = answer.json();
        System.out.printf("IMPORT BENCHMARK: %d rows (%d bytes) in %.1f s: %.0f rows/s; imported %d, skipped %d, "
                        + "rejected %d%n", ROWS, file.length(), seconds, ROWS / seconds, report.path("imported").asInt(),
                report.path("skipped").asInt(), report.path("rejected").size());
        report.path("rejected").valueStream().limit(5).forEach(row -> System.out.println("  rejected: " + row));
        assertThat(report.path("imported").asInt()).as("the generator's rows keep the rules").isGreaterThan(ROWS * 95 / 100);
    }
}
