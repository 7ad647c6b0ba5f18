package org.childrenscomplaints.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --complaints.import=FILE} in a JVM of its own, as a council runs it: the report on standard
 * output, an exit status that says whether rows were rejected, and a JVM that ends by itself.
 */
class ImportCommandLineTest {

    private static final String HEADER = "record_type,reference,procedure,received_on,channel,complainant_relationship,"
            + "service_area,team,source,issues,summary\n";
    private static final String GOOD_ROWS = HEADER
            + "COMPLAINT,SE-2019-0001,SEND,2019-05-01,EMAIL,PARENT,SEND,,,DELAY,EHCP late\n"
            + "COMPLIMENT,CP-2019-0001,,2019-05-02,,,FOSTERING,Fostering Team,EXTERNAL,,Thank you\n";

    @TempDir
    Path workDir;

    @Test
    void importsPrintsTheReportAndExitsWithAStatusSayingWhetherRowsWereRejected() throws Exception {
        Path dataDir = workDir.resolve("data");
        Path withBrokenRow = Files.writeString(workDir.resolve("tracker.csv"),
                GOOD_ROWS + "COMPLAINT,CO-2019-0001,CORPORATE,2019-05-03,EMAIL,PARENT,NOWHERE,,,DELAY,Unknown area\n");
        Path goodRowsOnly = Files.writeString(workDir.resolve("again.csv"), GOOD_ROWS);

        Run first = runImport(withBrokenRow, dataDir);
        assertThat(first.exitCode()).as(first.output()).isEqualTo(1);
        assertThat(first.report().path("imported").asInt()).isEqualTo(2);
        assertThat(first.report().path("rejected").path(0).path("line").asInt()).isEqualTo(4);

        Run second = runImport(goodRowsOnly, dataDir);
        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(second.report().path("skipped").asInt()).as("the first run's rows are in the data directory")
                .isEqualTo(2);
    }

    private record Run(int exitCode, String output) {

        JsonNode report() {
            String line = output.lines().filter(text -> text.startsWith("{\"imported\"")).findFirst().orElseThrow();
            return Http.json(line);
        }
    }

    private Run runImport(Path file, Path dataDir) throws IOException, InterruptedException {
        Path output = Files.createTempFile(workDir, "import", ".out");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                StandaloneApplication.class.getName(), "--complaints.import=" + file, "--complaints.data-dir=" + dataDir))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean ended = process.waitFor(180, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(ended).as("the import ends its JVM by itself:\n" + Files.readString(output)).isTrue();
        return new Run(process.exitValue(), Files.readString(output));
    }
}
