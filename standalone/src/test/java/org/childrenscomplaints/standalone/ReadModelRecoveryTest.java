package org.childrenscomplaints.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The read models are derived from the events: damaged ones are kept aside for whoever investigates and
 * rebuilt from the event store, with a warning, and the app starts.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReadModelRecoveryTest {

    @TempDir
    Path tempDir;

    @Test
    void aFirstStartCreatesTheDataFolderAndReadModelsDamagedLaterAreRebuiltFromTheEvents(CapturedOutput output)
            throws IOException {
        Path dataDir = tempDir.resolve("council/data");
        String reference;
        try (ConfigurableApplicationContext app = EmbeddedApp.start(dataDir)) {
            reference = EmbeddedApp.http(app).postJson("/api/complaints", Http.complaint("STATUTORY", "2026-04-02"))
                    .json().path("reference").asString();
        }
        Path readModels = dataDir.resolve(DataDirectory.READ_MODELS_FILE);
        byte[] damage = new byte[(int) Files.size(readModels)];
        new Random(1).nextBytes(damage);
        Files.write(readModels, damage);

        try (ConfigurableApplicationContext app = EmbeddedApp.start(dataDir)) {
            Http http = EmbeddedApp.http(app);
            await().atMost(Duration.ofSeconds(20)).until(() -> http.get("/api/complaints/" + reference).status() == 200);

            Path aside = single(dataDir, DataDirectory.READ_MODELS_FILE + ".damaged-*");
            assertThat(aside).hasBinaryContent(damage);
            assertThat(output).contains("WARN", "The read models " + readModels + " were damaged",
                    "moved aside to " + aside.getFileName(), "rebuilt from the event store");
        }
    }

    private static Path single(Path folder, String glob) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> matches = Files.newDirectoryStream(folder, glob)) {
            matches.forEach(found::add);
        }
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
