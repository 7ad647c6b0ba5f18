package org.childrenscomplaints.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded app killed with SIGKILL straight after answering: every complaint it answered 201
 * must be there when it starts again, and no reference may be handed out twice.
 */
class CrashTest {

    @TempDir
    Path dataDir;

    @Test
    void everyComplaintAnswered201SurvivesAKillAndItsReferenceIsNeverReissued() throws Exception {
        List<String> answered = new ArrayList<>();
        AppProcess app = launch();
        try {
            Http http = app.awaitUp();
            for (int i = 0; i < 15; i++) {
                Http.Answer created = http.postJson("/api/complaints", Http.complaint("SEND", "2026-04-02"));
                assertThat(created.status()).isEqualTo(201);
                answered.add(created.json().path("reference").asString());
            }
        } finally {
            app.kill();
        }

        AppProcess again = launch();
        try {
            Http http = again.awaitUp();
            for (String reference : answered) {
                await().atMost(Duration.ofSeconds(20)).until(() -> http.get("/api/complaints/" + reference).status() == 200);
            }
            String next = http.postJson("/api/complaints", Http.complaint("SEND", "2026-04-02")).json()
                    .path("reference").asString();
            assertThat(answered).doesNotContain(next);
            assertThat(next).isEqualTo("SE-2026-0016");
        } finally {
            again.stop();
        }
    }

    private AppProcess launch() throws IOException {
        return AppProcess.launch(dataDir, dataDir.resolveSibling("crash-test-app.log"));
    }
}
