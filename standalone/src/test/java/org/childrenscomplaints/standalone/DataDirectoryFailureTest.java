package org.childrenscomplaints.standalone;

import org.h2.tools.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.DigestUtils;
import org.springframework.util.unit.DataSize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * A start on a data directory the app cannot use ends in Spring Boot's "APPLICATION FAILED TO START"
 * report, saying what is wrong with which folder or file and what to do, and nothing on the console
 * before it looks like a fault of the app.
 */
@ExtendWith(OutputCaptureExtension.class)
class DataDirectoryFailureTest {

    @TempDir
    Path tempDir;

    @Test
    void aDataFolderThatIsAFileIsRefusedNamingItAndTheSetting(CapturedOutput output) throws IOException {
        Path file = Files.writeString(tempDir.resolve("data"), "not a folder");

        Report report = failedStart(output, file);

        assertThat(report.description()).contains(file + " cannot be used: it is a file, not a folder");
        assertThat(report.action()).contains("--complaints.data-dir=");
    }

    @Test
    void aDataFolderUnderAFileIsRefusedNamingTheFile(CapturedOutput output) throws IOException {
        Path file = Files.writeString(tempDir.resolve("shared-drive"), "not a folder");

        Report report = failedStart(output, file.resolve("data"));

        assertThat(report.description()).contains(file.resolve("data") + " cannot be used: " + file + " is a file");
        assertThat(report.action()).contains("--complaints.data-dir=");
    }

    @Test
    void aDataFolderTheUserMayNotWriteToIsRefused(CapturedOutput output) throws IOException {
        Path readOnly = Files.createDirectory(tempDir.resolve("data"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeThat(Files.isWritable(readOnly)).as("file permissions bind this user (not root)").isFalse();

            Report report = failedStart(output, readOnly);

            assertThat(report.description()).contains(readOnly + " cannot be used: the user "
                    + System.getProperty("user.name") + " may not write to it");
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @ParameterizedTest
    @EnumSource
    void aDamagedEventStoreIsRefusedAndLeftAsItWas(Damage damage, CapturedOutput output) throws Exception {
        Path eventStore = storeWithRecords(tempDir.resolve(DataDirectory.EVENT_STORE_DATABASE));
        damage.doTo(eventStore);
        Map<String, String> before = contents(tempDir);

        Report report = failedStart(output, tempDir);

        assertThat(report.description()).contains("The event store " + eventStore + " is damaged");
        assertThat(report.action()).contains("restore events.mv.db from the latest backup");
        assertThat(contents(tempDir)).as("the data folder after the failed start").isEqualTo(before);
    }

    @Test
    void readModelsWithoutTheirEventStoreAreRefusedRatherThanStartingAnEmptyStoreUnderThem(CapturedOutput output)
            throws IOException {
        Files.writeString(tempDir.resolve(DataDirectory.READ_MODELS_FILE), "read models of cases recorded before");
        Map<String, String> before = contents(tempDir);

        Report report = failedStart(output, tempDir);

        assertThat(report.description()).contains("The event store " + tempDir.resolve(DataDirectory.EVENT_STORE_FILE)
                + " is missing, but the read models built from it are still there");
        assertThat(report.action()).contains("Restore events.mv.db from the latest backup");
        assertThat(contents(tempDir)).as("the data folder after the failed start").isEqualTo(before);
    }

    @Test
    void aDataFolderAnotherProcessHoldsIsRefused(CapturedOutput output) throws Exception {
        Process holder = holdOpen(tempDir.resolve(DataDirectory.EVENT_STORE_DATABASE));
        try {
            Report report = failedStart(output, tempDir);

            assertThat(report.description())
                    .contains(tempDir + " is already in use by another process, which holds events.mv.db open");
        } finally {
            holder.destroy();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aDiskWithoutRoomIsRefused() {
        DataDirectoryCheck needingMoreThanAnyDisk = new DataDirectoryCheck(DataSize.ofBytes(Long.MAX_VALUE));

        assertThatThrownBy(() -> needingMoreThanAnyDisk.check(new DataDirectory(tempDir)))
                .isInstanceOfSatisfying(DataDirectoryProblem.class, problem -> {
                    FailureAnalysis analysis = new DataDirectoryFailureAnalyzer().analyze(problem);
                    assertThat(analysis.getDescription())
                            .contains("The disk holding the data folder " + tempDir + " has too little free space");
                    assertThat(analysis.getAction()).contains("Free some space on that disk");
                });
    }

    enum Damage {
        TRUNCATED {
            @Override
            void doTo(Path file) throws IOException {
                try (RandomAccessFile store = new RandomAccessFile(file.toFile(), "rw")) {
                    store.setLength(store.length() / 3);
                }
            }
        },
        OVERWRITTEN_WITH_RANDOM_BYTES {
            @Override
            void doTo(Path file) throws IOException {
                byte[] noise = new byte[(int) Files.size(file)];
                new Random(1).nextBytes(noise);
                Files.write(file, noise);
            }
        },
        EMPTIED {
            @Override
            void doTo(Path file) throws IOException {
                Files.write(file, new byte[0]);
            }
        },
        REPLACED_BY_A_FOLDER {
            @Override
            void doTo(Path file) throws IOException {
                Files.delete(file);
                Files.createDirectory(file);
            }
        };

        abstract void doTo(Path file) throws IOException;
    }

    private static final Pattern TIMESTAMPED = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T");
    private static final Pattern LOG_ENTRY = Pattern.compile("(?m)^(?=" + TIMESTAMPED.pattern() + ")");

    /** What the operator reads on the console of a start that failed. */
    record Report(String description, String action) {
    }

    /** A start refused for its data directory, and the report it printed as the first and only problem. */
    private static Report failedStart(CapturedOutput output, Path dataDir) {
        int before = output.getAll().length();

        assertThatThrownBy(() -> EmbeddedApp.start(dataDir)).isInstanceOf(DataDirectoryProblem.class);

        String console = output.getAll().substring(before);
        // apps other tests started in this JVM may be logging meanwhile
        String ownOutput = printedBy(Thread.currentThread().getName(), console);
        assertThat(ownOutput).as("no stack trace").doesNotContain("\tat ", "Caused by");
        String firstProblem = ownOutput.lines().filter(line -> line.contains(" WARN ") || line.contains(" ERROR "))
                .findFirst().orElseThrow();
        assertThat(firstProblem).contains("LoggingFailureAnalysisReporter");
        String report = ownOutput.substring(ownOutput.indexOf("APPLICATION FAILED TO START"));
        return new Report(section(report, "Description:", "Action:"), section(report, "Action:", null));
    }

    /**
     * What a thread printed: its log entries (a line starting with the time, and the lines under it
     * up to the next entry), with whatever came before the first entry.
     */
    private static String printedBy(String thread, String console) {
        return LOG_ENTRY.splitAsStream(console)
                .filter(entry -> !TIMESTAMPED.matcher(entry).lookingAt()
                        || entry.lines().findFirst().orElseThrow().contains(" " + thread + "] "))
                .collect(Collectors.joining());
    }

    private static String section(String report, String heading, String nextHeading) {
        int start = report.indexOf(heading) + heading.length();
        int end = nextHeading == null ? report.length() : report.indexOf(nextHeading);
        return report.substring(start, end).strip();
    }

    /**
     * Another process holding the event store open as a running app does, through H2's file lock: H2's own
     * shell, far quicker to start than a second app.
     */
    private static Process holdOpen(Path database) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process shell = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Shell.class.getName(),
                "-url", "jdbc:h2:file:" + database, "-user", "sa", "-password", "")
                .redirectErrorStream(true).start();
        BufferedReader console = shell.inputReader();
        String line;
        do {
            line = console.readLine();
            assertThat(line).as("the H2 shell's greeting, once it has connected").isNotNull();
        } while (!line.startsWith("Welcome"));
        return shell;
    }

    /** An H2 database file with some rows in it, as the event store's is. */
    private static Path storeWithRecords(Path database) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE record (id INT PRIMARY KEY, text VARCHAR)");
            statement.execute("INSERT INTO record SELECT x, REPEAT('a statutory record ', 50) FROM SYSTEM_RANGE(1, 2000)");
        }
        return database.resolveSibling(DataDirectory.EVENT_STORE_FILE);
    }

    /** Every file and folder under {@code folder}, with a digest of each file's bytes. */
    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.toList()) {
                contents.put(folder.relativize(path).toString(),
                        Files.isDirectory(path) ? "folder" : DigestUtils.md5DigestAsHex(Files.readAllBytes(path)));
            }
        }
        return contents;
    }

}
