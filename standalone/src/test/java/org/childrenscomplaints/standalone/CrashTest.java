package org.childrenscomplaints.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
        Process app = launch();
        try {
            Http http = awaitUp(app);
            for (int i = 0; i < 15; i++) {
                Http.Answer created = http.postJson("/api/complaints", Http.complaint("SEND", "2026-04-02"));
                assertThat(created.status()).isEqualTo(201);
                answered.add(created.json().path("reference").asString());
            }
        } finally {
            app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        Process again = launch();
        try {
            Http http = awaitUp(again);
            for (String reference : answered) {
                await().atMost(Duration.ofSeconds(20)).until(() -> http.get("/api/complaints/" + reference).status() == 200);
            }
            String next = http.postJson("/api/complaints", Http.complaint("SEND", "2026-04-02")).json()
                    .path("reference").asString();
            assertThat(answered).doesNotContain(next);
            assertThat(next).isEqualTo("SE-2026-0016");
        } finally {
            again.destroy();
            again.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private int port;

    /** The app in a JVM of its own, on this test's classpath, so it can be killed like a real process. */
    private Process launch() throws IOException {
        port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Daxoniq.update-checker.disabled=true",
                StandaloneApplication.class.getName(), "--server.port=" + port, "--complaints.data-dir=" + dataDir,
                "--complaints.demo-data.enabled=false"));
        command.addAll(TestUsers.arguments());
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolveSibling("crash-test-app.log").toFile()))
                .start();
    }

    private Http awaitUp(Process process) {
        Http http = new Http(port).as(TestUsers.OFFICER);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
            assertThat(process.isAlive()).as("the app is running").isTrue();
            try {
                return http.get("/actuator/health").status() == 200;
            } catch (RuntimeException notYetListening) {
                return false;
            }
        });
        return http;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
