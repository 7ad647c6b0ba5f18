package org.childrenscomplaints.standalone;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The app in a JVM of its own, on the test classpath, so a test can kill it or watch it like a real process. */
final class AppProcess {

    private final Process process;
    private final int port;

    private AppProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the app on a free port with all its state in {@code dataDir}, its output appended to {@code log}. */
    static AppProcess launch(Path dataDir, Path log, String... jvmOptions) throws IOException {
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Daxoniq.update-checker.disabled=true"));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of(StandaloneApplication.class.getName(), "--server.port=" + port,
                "--complaints.data-dir=" + dataDir, "--complaints.demo-data.enabled=false"));
        command.addAll(TestUsers.arguments());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new AppProcess(process, port);
    }

    /** The app, called by the complaints team, once its health check answers. */
    Http awaitUp() {
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

    long pid() {
        return process.pid();
    }

    /** SIGKILL: gone at once, as in a crash or a power cut. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: the app shuts down as it does when its service is stopped. */
    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
