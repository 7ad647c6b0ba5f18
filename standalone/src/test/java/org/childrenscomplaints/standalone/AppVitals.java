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
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The app's JVM watched from outside: live heap, metaspace, resident memory, threads and the events it has stored. */
final class AppVitals implements AutoCloseable {

    private static final Path JCMD = Path.of(ProcessHandle.current().info().command().orElseThrow()).resolveSibling("jcmd");
    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");
    private static final Pattern METASPACE_USED = Pattern.compile("Metaspace\\s+used (\\d+)K");

    record Reading(long heapAfterGcMb, long metaspaceMb, long rssMb, long threads, long eventsStored) {
    }

    private final long pid;
    private final Connection eventStore;

    /** Watches the app in process {@code pid}, started with {@link #eventStoreOpenToTheWatcher}'s option. */
    AppVitals(long pid, Path dataDir) throws SQLException {
        this.pid = pid;
        this.eventStore = DriverManager.getConnection("jdbc:h2:file:" + events(dataDir) + ";AUTO_SERVER=TRUE;IFEXISTS=TRUE",
                "sa", "");
    }

    /**
     * The JVM option that lets the watcher count events while the app runs. H2 locks its file for the one
     * process that opens it; its URL map (a properties file) swaps the app's URL for one with AUTO_SERVER, so
     * the app serves the file to other processes with no change to its code. The key must be the URL
     * {@code EmbeddedStorageConfiguration} builds, character for character. H2 refuses AUTO_SERVER with
     * DB_CLOSE_ON_EXIT=FALSE, which only matters once the app is stopping, after the soak's last reading
     * (JobRunr then logs that the database closed under it).
     */
    static String eventStoreOpenToTheWatcher(Path dataDir, Path urlMap) throws IOException {
        String appUrl = "jdbc:h2:file:" + events(dataDir) + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        Properties map = new Properties();
        map.setProperty(appUrl, "jdbc:h2:file:" + events(dataDir) + ";WRITE_DELAY=0;AUTO_SERVER=TRUE");
        try (OutputStream out = Files.newOutputStream(urlMap)) {
            map.store(out, "the app's event store URL, opened to the soak");
        }
        return "-Dh2.urlMap=" + urlMap.toAbsolutePath();
    }

    /** After a full collection, so the heap figure is what the app holds on to, not garbage not yet collected. */
    Reading read() {
        jcmd("GC.run");
        String heap = jcmd("GC.heap_info");
        return new Reading(megabytes(HEAP_USED, heap), megabytes(METASPACE_USED, heap), statusLine("VmRSS") / 1024,
                statusLine("Threads"), eventsStored());
    }

    String classHistogram() {
        return jcmd("GC.class_histogram");
    }

    @Override
    public void close() throws SQLException {
        eventStore.close();
    }

    private long eventsStored() {
        try (ResultSet count = eventStore.createStatement().executeQuery("SELECT COUNT(*) FROM DomainEventEntry")) {
            count.next();
            return count.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the stored events", e);
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

    private static long megabytes(Pattern kilobytes, String text) {
        Matcher matcher = kilobytes.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + kilobytes + " in " + text);
        }
        return Long.parseLong(matcher.group(1)) / 1024;
    }

    private static Path events(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve("events");
    }
}
