package org.childrenscomplaints.standalone;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.JdbcEventStorageEngineStatements;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.ReadEventDataWithGapsStatementBuilder;
import org.h2.tools.RunScript;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The fetch after a token with gaps: Axon's rows, in Axon's order, found through the event table's key, by the app's event store. */
class TrackedEventsAfterGapsTest {

    private static final String URL = "jdbc:h2:mem:" + TrackedEventsAfterGapsTest.class.getSimpleName();
    private static final EventSchema SCHEMA = EventSchema.builder().build();
    private static final String EVENT = "event-";
    /** Numbers the store handed out but never committed: the gaps a token can hold. */
    private static final Set<Long> NEVER_COMMITTED = Set.of(5L, 17L, 18L, 60L);

    private Connection connection;

    @BeforeEach
    void eventStoreWithGaps() throws Exception {
        connection = DriverManager.getConnection(URL, "sa", "");
        try (Reader migration = new InputStreamReader(Objects.requireNonNull(
                getClass().getResourceAsStream("/db/migration/V1__axon_event_store.sql")), StandardCharsets.UTF_8)) {
            RunScript.execute(connection, migration);
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO DomainEventEntry (globalIndex, eventIdentifier,"
                + " aggregateIdentifier, sequenceNumber, timeStamp, payloadType, payload, metaData)"
                + " VALUES (?, ?, 'case', ?, '2026-12-06T00:00:00Z', 'T', X'7B7D', X'7B7D')")) {
            for (long index = 1; index <= 100; index++) {
                if (!NEVER_COMMITTED.contains(index)) {
                    insert.setLong(1, index);
                    insert.setString(2, EVENT + index);
                    insert.setLong(3, index);
                    insert.executeUpdate();
                }
            }
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void theRowsAndTheirOrderAreAxonsOwn() throws SQLException {
        // gaps committed since (4, 16), still missing (5, 17, 18) or both, then a batch past the last event
        for (List<Long> gaps : List.of(List.of(4L), List.of(5L), List.of(4L, 5L, 16L, 17L, 18L), List.of(17L, 18L, 19L))) {
            for (int batch : new int[]{1, 10, 100}) {
                assertThat(globalIndexes(TrackedEventsAfterGaps::statement, 20, batch, gaps))
                        .as("after 20, batch %d, gaps %s", batch, gaps)
                        .isEqualTo(globalIndexes(JdbcEventStorageEngineStatements::readEventDataWithGaps, 20, batch, gaps))
                        .isNotEmpty();
            }
        }
        assertThat(globalIndexes(TrackedEventsAfterGaps::statement, 95, 10, List.of(60L, 90L))).containsExactly(90L, 96L, 97L, 98L, 99L, 100L);
    }

    @Test
    void bothPartsAreFoundThroughTheKeyWhereAxonsReadsTheWholeTable() throws SQLException {
        List<Long> gaps = List.of(4L, 5L);
        assertThat(plan(TrackedEventsAfterGaps::statement, gaps))
                .contains("PRIMARY_KEY_B: GLOBALINDEX >", "PRIMARY_KEY_B: GLOBALINDEX IN(")
                .doesNotContain("PRIMARY_KEY_B */");
        assertThat(plan(JdbcEventStorageEngineStatements::readEventDataWithGaps, gaps)).contains("PRIMARY_KEY_B */");
    }

    @Test
    void theEventStoreReadsAfterGapsWithIt() {
        List<String> prepared = new ArrayList<>();
        Configuration axon = mock(Configuration.class);
        when(axon.upcasterChain()).thenReturn(new EventUpcasterChain());
        when(axon.snapshotFilter()).thenReturn(SnapshotFilter.allowAll());
        Serializer json = Jackson3Serializer.builder().build();
        EventStorageEngine engine = new EmbeddedStorageConfiguration().eventStorageEngine(json, new JdbcSQLErrorCodesResolver(),
                json, axon, () -> rewriting(DriverManager.getConnection(URL, "sa", ""), sql -> {
                    prepared.add(sql);
                    return sql;
                }), NoTransactionManager.INSTANCE,
                new StaticListableBeanFactory().getBeanProvider(EventSchema.class));

        List<Long> read = engine.readEvents(GapAwareTrackingToken.newInstance(20, List.of(4L, 5L)), false)
                .map(event -> Long.parseLong(event.getIdentifier().substring(EVENT.length()))).toList();

        assertThat(read).startsWith(4L, 21L, 22L).endsWith(100L).doesNotContain(5L, 60L);
        assertThat(prepared).anyMatch(sql -> sql.contains("UNION ALL"));
    }

    /** {@code connection}, preparing each statement's SQL as {@code rewrite} gives it. */
    private static Connection rewriting(Connection connection, UnaryOperator<String> rewrite) {
        return (Connection) Proxy.newProxyInstance(TrackedEventsAfterGapsTest.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("prepareStatement")) {
                        arguments[0] = rewrite.apply((String) arguments[0]);
                    }
                    return method.invoke(connection, arguments);
                });
    }

    private List<Long> globalIndexes(ReadEventDataWithGapsStatementBuilder query, long after, int batch, List<Long> gaps)
            throws SQLException {
        List<Long> found = new ArrayList<>();
        try (PreparedStatement statement = query.build(connection, SCHEMA, after, batch, gaps);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                found.add(rows.getLong(SCHEMA.globalIndexColumn()));
            }
        }
        return found;
    }

    /** H2's plan for the statement {@code query} prepares, with its parameters. */
    private String plan(ReadEventDataWithGapsStatementBuilder query, List<Long> gaps) throws SQLException {
        try (PreparedStatement statement = query.build(rewriting(connection, sql -> "EXPLAIN " + sql), SCHEMA, 20, 10, gaps);
             ResultSet plan = statement.executeQuery()) {
            plan.next();
            return plan.getString(1);
        }
    }
}
