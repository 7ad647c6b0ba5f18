package org.childrenscomplaints.standalone;

import org.childrenscomplaints.api.web.TextLengthLimit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event store keeps an event's payload in its row, as the app's URL sets it: H2 otherwise keeps
 * a BLOB over 256 bytes apart from its row, and every read of one writes a temporary reference to
 * it, so each event each read model replayed was a write (ADR 0011, cause 25).
 */
class EventPayloadsInTheirRowsTest {

    private static final int EVENTS = 2_000;

    /** The largest payload of a registration's events, and their metadata's size. */
    private static final int PAYLOAD_BYTES = 738;
    private static final int METADATA_BYTES = 145;

    @TempDir
    Path dir;

    private String url;

    @BeforeEach
    void theAppsSchema() {
        url = EmbeddedStorageConfiguration.eventStoreUrl(dir.resolve("events"));
        Flyway.configure().dataSource(url, "sa", "").load().migrate();
    }

    @Test
    void readingEventsWritesNothingToTheFile() throws SQLException {
        try (Connection events = DriverManager.getConnection(url, "sa", "")) {
            append(events, List.of(payloadOf(PAYLOAD_BYTES)));
            long writtenBefore = bytesWritten(events);

            List<byte[]> read = readAll(events);
            try (Statement checkpoint = events.createStatement()) {
                // writes whatever the reads left unsaved
                checkpoint.execute("CHECKPOINT");
            }

            assertThat(read).hasSize(EVENTS).allSatisfy(payload -> assertThat(payload).hasSize(PAYLOAD_BYTES));
            assertThat(bytesWritten(events) - writtenBefore).as("bytes written by reading %,d events", EVENTS).isZero();
        }
    }

    @Test
    void aPayloadTooLargeForItsRowIsStillKeptWhole() throws SQLException {
        // the longest text a payload may hold, of three bytes a character in UTF-8
        byte[] large = payloadOf(3 * TextLengthLimit.MAX_CHARACTERS);
        try (Connection events = DriverManager.getConnection(url, "sa", "")) {
            append(events, List.of(payloadOf(PAYLOAD_BYTES), large));

            assertThat(readAll(events)).hasSize(EVENTS).filteredOn(payload -> payload.length == large.length)
                    .hasSize(EVENTS / 2).allSatisfy(payload -> assertThat(payload).isEqualTo(large));
        }
    }

    private static byte[] payloadOf(int bytes) {
        return "x".repeat(bytes).getBytes(StandardCharsets.UTF_8);
    }

    /** {@link #EVENTS} events in one commit, their payloads taken in turn from {@code payloads}. */
    private static void append(Connection events, List<byte[]> payloads) throws SQLException {
        events.setAutoCommit(false);
        try (PreparedStatement insert = events.prepareStatement("INSERT INTO DomainEventEntry (eventIdentifier, "
                + "aggregateIdentifier, sequenceNumber, type, timeStamp, payloadType, payload, metaData) "
                + "VALUES (?, ?, 0, 'Complaint', '2026-12-07T09:00:00Z', 'ComplaintRegistered', ?, ?)")) {
            for (int event = 0; event < EVENTS; event++) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, UUID.randomUUID().toString());
                insert.setBytes(3, payloads.get(event % payloads.size()));
                insert.setBytes(4, new byte[METADATA_BYTES]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        events.commit();
        events.setAutoCommit(true);
    }

    private static List<byte[]> readAll(Connection events) throws SQLException {
        List<byte[]> payloads = new ArrayList<>();
        try (Statement query = events.createStatement();
             ResultSet rows = query.executeQuery("SELECT payload, metaData FROM DomainEventEntry ORDER BY globalIndex")) {
            while (rows.next()) {
                payloads.add(rows.getBytes(1));
                assertThat(rows.getBytes(2)).hasSize(METADATA_BYTES);
            }
        }
        return payloads;
    }

    private static long bytesWritten(Connection events) throws SQLException {
        try (Statement query = events.createStatement();
             ResultSet setting = query.executeQuery(
                     "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.FILE_WRITE_BYTES'")) {
            assertThat(setting.next()).isTrue();
            return Long.parseLong(setting.getString(1));
        }
    }
}
