package org.childrenscomplaints.standalone;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The app's JVM watched from outside: live heap, metaspace, resident memory, threads and the events it has stored. */
final class AppVitals implements AutoCloseable {

    private static final Path JCMD = Path.of(ProcessHandle.current().info().command().orElseThrow()).resolveSibling("jcmd");
    private static final Pattern HEAP_AT_COLLECTION = Pattern.compile("\\) (\\d+)M->\\d+M\\(\\d+M\\)");
    private static final Pattern FULL_GC = Pattern.compile("GC\\((\\d+)\\) Pause Full \\(Diagnostic Command\\) \\d+M->(\\d+)M\\((\\d+)M\\)");

    record Reading(long heapAfterGcMb, long heapCommittedMb, long metaspaceMb, long rssMb, long threads, long eventsStored) {
    }

    private final long pid;
    private final Path gcLog;
    private final Connection eventStore;

    /** Watches the app in process {@code pid}, started with the {@link #jvmOptions} for the same folders. */
    AppVitals(long pid, Path dataDir, Path directory) throws SQLException {
        this.pid = pid;
        this.gcLog = gcLog(directory);
        this.eventStore = DriverManager.getConnection("jdbc:h2:file:" + events(dataDir) + ";AUTO_SERVER=TRUE;IFEXISTS=TRUE",
                "sa", "");
    }

    /**
     * The JVM options the app needs to be watched, writing to {@code directory}. The GC log: the heap after a
     * full GC is in the collection's own line, where a later look (GC.heap_info) would count what the app
     * allocated in the meantime. H2 locks its file for the one process that opens it; its URL map (a
     * properties file) swaps the app's URL for one with AUTO_SERVER, so the app serves the file to the watcher
     * with no change to its code. The key must be the URL {@code EmbeddedStorageConfiguration} builds,
     * character for character, and the URL it maps to keeps the app's settings. H2 refuses AUTO_SERVER with
     * DB_CLOSE_ON_EXIT=FALSE, which only matters once the app is stopping, after the soak's last reading
     * (JobRunr then logs that the database closed under it).
     */
    static List<String> jvmOptions(Path dataDir, Path directory) throws IOException {
        Properties urlMap = new Properties();
        urlMap.setProperty(EmbeddedStorageConfiguration.eventStoreUrl(events(dataDir)),
                "jdbc:h2:file:" + events(dataDir) + EmbeddedStorageConfiguration.EVENT_STORE_SETTINGS
                        + ";AUTO_SERVER=TRUE");
        Path urlMapFile = directory.resolve("h2-url-map.properties").toAbsolutePath();
        try (OutputStream out = Files.newOutputStream(urlMapFile)) {
            urlMap.store(out, "the app's event store URL, opened to the soak");
        }
        Files.deleteIfExists(gcLog(directory));
        return List.of("-Xlog:gc,gc+metaspace:file=" + gcLog(directory), "-Dh2.urlMap=" + urlMapFile);
    }

    /** After a full collection, so the heap figure is what the app holds on to, not garbage not yet collected. */
    Reading read() {
        jcmd("GC.run");
        String log = readString(gcLog);
        MatchResult last = FULL_GC.matcher(log).results().reduce((first, second) -> second)
                .orElseThrow(() -> new IllegalStateException("No full GC in " + gcLog));
        Matcher metaspace = Pattern.compile("GC\\(" + last.group(1) + "\\) Metaspace: \\d+K\\(\\d+K\\)->(\\d+)K").matcher(log);
        if (!metaspace.find()) {
            throw new IllegalStateException("No metaspace line for GC(" + last.group(1) + ") in " + gcLog);
        }
        return new Reading(Long.parseLong(last.group(2)), Long.parseLong(last.group(3)),
                Long.parseLong(metaspace.group(1)) / 1024, statusLine("VmRSS") / 1024, statusLine("Threads"), eventsStored());
    }

    /** The fullest the heap has been: the most it held before any collection so far. */
    long peakHeapUsedMb() {
        return HEAP_AT_COLLECTION.matcher(readString(gcLog)).results().mapToLong(gc -> Long.parseLong(gc.group(1)))
                .max().orElse(0);
    }

    /** The most resident memory the process has had (the kernel's high-water mark). */
    long peakRssMb() {
        return statusLine("VmHWM") / 1024;
    }

    /** The global index of the newest event stored. */
    long headOfEventStream() {
        return single("SELECT COALESCE(MAX(globalIndex), 0) FROM DomainEventEntry");
    }

    String classHistogram() {
        return jcmd("GC.class_histogram");
    }

    @Override
    public void close() throws SQLException {
        eventStore.close();
    }

    private long eventsStored() {
        return single("SELECT COUNT(*) FROM DomainEventEntry");
    }

    private long single(String query) {
        try (ResultSet result = eventStore.createStatement().executeQuery(query)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the event store: " + query, e);
        }
    }

    /** A number from {@code /proc/<pid>/status}, e.g. VmRSS in kB. */
    private long statusLine(String name) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(line -> line.startsWith(name + ":"))
                    .map(line -> line.replaceAll("\\D", ""))
                    .mapToLong(Long::parseLong).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String jcmd(String command) {
        try {
            Process jcmd = new ProcessBuilder(JCMD.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
            String output = new String(jcmd.getInputStream().readAllBytes());
            if (jcmd.waitFor() != 0) {
                throw new IllegalStateException("jcmd " + command + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path events(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve("events");
    }

    private static Path gcLog(Path directory) {
        return directory.resolve("gc.log").toAbsolutePath();
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
