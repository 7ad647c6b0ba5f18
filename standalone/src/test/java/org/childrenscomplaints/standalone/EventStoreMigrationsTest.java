package org.childrenscomplaints.standalone;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The event store's schema as the app's migrations leave it, on a store made before the latest of
 * them: its events kept, a second event at a case's sequence number still refused (Axon's check
 * that two commands did not change one case at once), and the events' identifiers not indexed
 * (ADR 0011, "The events' identifiers no longer indexed").
 */
class EventStoreMigrationsTest {

    @TempDir
    Path dir;

    private String url;

    @BeforeEach
    void storeFromTheFirstRelease() throws SQLException {
        url = EmbeddedStorageConfiguration.eventStoreUrl(dir.resolve("events"));
        Flyway.configure().dataSource(url, "sa", "").target("1").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            append(connection, "event-1", "case-1", 0);
            append(connection, "event-2", "case-1", 1);
        }
    }

    @Test
    void keepsTheEventsAndTheCheckOnEachCasesSequence() throws SQLException {
        Flyway.configure().dataSource(url, "sa", "").load().migrate();

        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            assertThat(eventIdentifiers(connection)).containsExactly("event-1", "event-2");
            assertThatThrownBy(() -> append(connection, "event-3", "case-1", 1))
                    .isInstanceOf(SQLException.class).hasMessageContaining("UK_DOMAIN_EVENT_AGGREGATE_SEQUENCE");
            assertThat(indexedColumns(connection)).contains("GLOBALINDEX", "AGGREGATEIDENTIFIER", "SEQUENCENUMBER");
        }
    }

    @Test
    void indexesNoEventIdentifier() throws SQLException {
        Flyway.configure().dataSource(url, "sa", "").load().migrate();

        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            assertThat(indexedColumns(connection)).isNotEmpty().doesNotContain("EVENTIDENTIFIER");
        }
    }

    private static void append(Connection connection, String eventIdentifier, String aggregateIdentifier, long sequence)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO DomainEventEntry (eventIdentifier,"
                + " aggregateIdentifier, sequenceNumber, timeStamp, payloadType, payload) VALUES (?, ?, ?, ?, 'T', X'7B7D')")) {
            insert.setString(1, eventIdentifier);
            insert.setString(2, aggregateIdentifier);
            insert.setLong(3, sequence);
            insert.setString(4, "2026-12-07T10:00:00.000Z");
            insert.executeUpdate();
        }
    }

    private static List<String> eventIdentifiers(Connection connection) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT eventIdentifier FROM DomainEventEntry ORDER BY globalIndex")) {
            while (rows.next()) {
                found.add(rows.getString(1));
            }
        }
        return found;
    }

    private static List<String> indexedColumns(Connection connection) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS"
                     + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'DOMAINEVENTENTRY'")) {
            while (rows.next()) {
                found.add(rows.getString(1));
            }
        }
        return found;
    }
}
