package org.childrenscomplaints.standalone;

import org.h2.mvstore.MVStore;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A large history made from a small real one: the cases' events of a template event store (the
 * demo council, written by the app itself through its import), appended again and again with every
 * id and reference made new, so each copy is a council's worth of cases with the demo's procedures,
 * stages, outcomes and dates. Reference series are left out: copies number their cases themselves.
 * The appends are plain JDBC batches of the already serialized events, which is also what the event
 * store's database can take at best: the ceiling beside the app's own figures.
 */
final class HistoryCopies {

    private static final Pattern UUIDS = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern REFERENCES = Pattern.compile("\\b(ST|CO|SE|CM|CP)-(\\d{4})-(\\d{4})\\b");
    private static final int BATCH = 2_000;
    static final String COLUMNS = "eventIdentifier, aggregateIdentifier, sequenceNumber, type, timeStamp, payloadType, "
            + "payloadRevision, payload, metaData";
    static final String INSERT = "INSERT INTO DomainEventEntry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    record StoredEvent(String eventId, String aggregateId, long sequence, String aggregateType, String timeStamp,
                       String payloadType, String payloadRevision, String payload, String metaData) {

        /** The same event in copy number {@code copy}: every uuid and reference in it replaced, the same way throughout the copy. */
        StoredEvent inCopy(int copy) {
            return new StoredEvent(renamed(eventId, copy), renamed(aggregateId, copy), sequence, aggregateType, timeStamp,
                    payloadType, payloadRevision, renamed(payload, copy), renamed(metaData, copy));
        }

        StoredEvent inSeries(String seriesId) {
            return new StoredEvent(UUID.randomUUID().toString(), seriesId, sequence, aggregateType, timeStamp, payloadType,
                    payloadRevision, payload, metaData);
        }
    }

    /** {@code seconds} appending, {@code compactingSeconds} more to compact the file, as it grew and at the end. */
    record Appended(long events, double seconds, double compactingSeconds) {
        double eventsPerSecond() {
            return events / seconds;
        }
    }

    private final List<StoredEvent> template;

    private HistoryCopies(List<StoredEvent> template) {
        this.template = template;
    }

    /** The cases' events of the event store in {@code dataDir}, in the order they were stored. */
    static HistoryCopies of(Path dataDir) throws SQLException {
        try (Connection connection = open(dataDir);
             ResultSet rows = connection.createStatement().executeQuery("SELECT " + COLUMNS
                     + " FROM DomainEventEntry WHERE type <> 'ReferenceSeries' ORDER BY globalIndex")) {
            List<StoredEvent> events = new ArrayList<>();
            while (rows.next()) {
                events.add(read(rows));
            }
            return new HistoryCopies(events);
        }
    }

    /** How many complaints one copy holds. */
    long complaintsPerCopy() {
        return template.stream().filter(event -> event.aggregateType().equals("Complaint")).map(StoredEvent::aggregateId)
                .distinct().count();
    }

    /**
     * Appends copies 1 to {@code copies} (the template itself is copy 0) to the event store in {@code dataDir},
     * compacting the file with the app's compaction (which the app runs once a second) after each commit,
     * then once more in full. Uncompacted, commits of 2,000 events leave most of the file's chunks part
     * empty: 100,000 complaints left 9 GB, and 1,000,000 would not fit on the benchmark's disk. The app
     * then finds the file it would have written over years of compacting (docs/benchmarks.md).
     */
    Appended appendCopies(Path dataDir, int copies) throws SQLException {
        long appended = 0;
        long appending = 0;
        long compacting = 0;
        try (Connection connection = open(dataDir);
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            connection.setAutoCommit(false);
            MVStore store = EventStoreCompaction.storeOf(connection);
            long start = System.nanoTime();
            for (int copy = 1; copy <= copies; copy++) {
                for (StoredEvent event : template) {
                    bind(insert, event.inCopy(copy));
                    insert.addBatch();
                    if (++appended % BATCH == 0) {
                        insert.executeBatch();
                        connection.commit();
                        long compactingFrom = System.nanoTime();
                        appending += compactingFrom - start;
                        EventStoreCompaction.compactOnce(store);
                        start = System.nanoTime();
                        compacting += start - compactingFrom;
                    }
                }
            }
            insert.executeBatch();
            connection.commit();
            long compactingFrom = System.nanoTime();
            appending += compactingFrom - start;
            try (Statement shutdown = connection.createStatement()) {
                shutdown.execute("SHUTDOWN COMPACT");
            }
            compacting += System.nanoTime() - compactingFrom;
        }
        return new Appended(appended, appending / 1e9, compacting / 1e9);
    }

    /** A row selected with {@link #COLUMNS}. */
    static StoredEvent read(ResultSet row) throws SQLException {
        return new StoredEvent(row.getString(1), row.getString(2), row.getLong(3), row.getString(4), row.getString(5),
                row.getString(6), row.getString(7), text(row.getBytes(8)), text(row.getBytes(9)));
    }

    static void bind(PreparedStatement insert, StoredEvent event) throws SQLException {
        insert.setString(1, event.eventId());
        insert.setString(2, event.aggregateId());
        insert.setLong(3, event.sequence());
        insert.setString(4, event.aggregateType());
        insert.setString(5, event.timeStamp());
        insert.setString(6, event.payloadType());
        insert.setString(7, event.payloadRevision());
        insert.setBytes(8, event.payload().getBytes(StandardCharsets.UTF_8));
        insert.setBytes(9, event.metaData() == null ? null : event.metaData().getBytes(StandardCharsets.UTF_8));
    }

    static Connection open(Path dataDir) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("events")
                + EmbeddedStorageConfiguration.EVENT_STORE_SETTINGS, "sa", "");
    }

    private static String renamed(String text, int copy) {
        if (text == null) {
            return null;
        }
        String ids = UUIDS.matcher(text).replaceAll(id -> UUID.nameUUIDFromBytes((copy + ":" + id.group())
                .getBytes(StandardCharsets.UTF_8)).toString());
        // a copy's cases are numbered after the template's: ST-2019-0042 in copy 3 is ST-2019-30042
        return REFERENCES.matcher(ids).replaceAll(reference -> Matcher.quoteReplacement(reference.group(1) + "-"
                + reference.group(2) + "-" + (copy * 10_000L + Long.parseLong(reference.group(3)))));
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
