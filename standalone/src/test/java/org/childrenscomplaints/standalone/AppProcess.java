package org.childrenscomplaints.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded app in a JVM of its own, on this test's classpath, so it can be killed like a real
 * process (SIGKILL), stopped as an operator would (SIGTERM) or watched (its pid). Its output goes to
 * {@code app.log} beside the data directory unless a test names another file.
 */
final class AppProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private AppProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the app on the data directory and waits until it answers its health check. */
    static AppProcess start(Path dataDir, String... settings) {
        return start(dataDir, dataDir.resolveSibling("app.log"), List.of(), settings);
    }

    /** As {@link #start(Path, String...)}, with options for its JVM and its output appended to {@code log}. */
    static AppProcess start(Path dataDir, Path log, List<String> jvmOptions, String... settings) {
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Daxoniq.update-checker.disabled=true"));
        command.addAll(jvmOptions);
        command.addAll(List.of(StandaloneApplication.class.getName(), "--server.port=" + port,
                "--complaints.data-dir=" + dataDir, "--complaints.demo-data.enabled=false"));
        command.addAll(TestUsers.arguments());
        command.addAll(List.of(settings));
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            AppProcess app = new AppProcess(process, port);
            app.awaitUp();
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A client of the app, signed in as one of the {@link TestUsers}. */
    Http as(String user) {
        return new Http(port).as(user);
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed; whatever was not on disk is gone. */
    void kill() {
        end(process.destroyForcibly());
    }

    /** SIGTERM: the app shuts down in order, as it does when an operator stops it. */
    void stop() {
        process.destroy();
        end(process);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private static void end(Process process) {
        try {
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the app has ended").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitUp() {
        Http anonymous = new Http(port);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
            assertThat(process.isAlive()).as("the app is running").isTrue();
            try {
                return anonymous.get("/actuator/health").status() == 200;
            } catch (RuntimeException notYetListening) {
                return false;
            }
        });
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
