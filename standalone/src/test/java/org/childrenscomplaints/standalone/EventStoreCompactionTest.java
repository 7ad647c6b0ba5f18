package org.childrenscomplaints.standalone;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event store's file is compacted while the app runs: H2 compacts nothing by itself when each
 * commit is written at once, as the embedded default writes them, and the file grew with every commit.
 */
class EventStoreCompactionTest {

    private static final int ROWS = 4_000;
    private static final int ROWS_BETWEEN_COMPACTIONS = 200;

    /** The test compacts at its own moments; a compaction by the schedule meanwhile would only blur what it counts. */
    private static final Duration ONLY_WHEN_ASKED = Duration.ofHours(1);

    @TempDir
    Path dir;

    @Test
    void compactedTheFileStaysUnderHalfTheSizeItReachesUncompacted() throws Exception {
        long uncompacted;
        try (HikariDataSource events = events("uncompacted")) {
            insertOneByOne(events, () -> { });
            uncompacted = sizeThenShutdown(events, "uncompacted");
        }

        long compacted;
        try (HikariDataSource events = events("compacted"); EventStoreCompaction compaction = new EventStoreCompaction(events, ONLY_WHEN_ASKED)) {
            insertOneByOne(events, () -> compactUntilFilled(compaction));
            assertThat(new JdbcTemplate(events).queryForObject("SELECT COUNT(*) FROM rows", Integer.class)).isEqualTo(ROWS);
            compacted = sizeThenShutdown(events, "compacted");
        }

        assertThat(compacted).as("compacted %,d bytes, uncompacted %,d", compacted, uncompacted).isLessThan(uncompacted / 2);
    }

    /** The event store's settings, with H2's retention of old chunks off: they are compacted without waiting 45 s. */
    private HikariDataSource events(String name) {
        HikariDataSource events = new HikariDataSource();
        events.setJdbcUrl("jdbc:h2:file:" + dir.resolve(name) + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;RETENTION_TIME=0");
        events.setUsername("sa");
        events.setPassword("");
        return events;
    }

    /**
     * One commit per row, at random places of its table, as registrations commit: each commit rewrites
     * a page or two, leaving a little of each chunk before it live.
     */
    private static void insertOneByOne(HikariDataSource events, Runnable betweenBatches) {
        JdbcTemplate database = new JdbcTemplate(events);
        database.execute("CREATE TABLE rows (id UUID PRIMARY KEY, body VARCHAR(1000))");
        for (int row = 1; row <= ROWS; row++) {
            database.update("INSERT INTO rows VALUES (?, ?)", UUID.randomUUID(), "an event");
            if (row % ROWS_BETWEEN_COMPACTIONS == 0) {
                betweenBatches.run();
            }
        }
    }

    private static void compactUntilFilled(EventStoreCompaction compaction) {
        try {
            for (int run = 0; run < 1_000 && compaction.compactOnce(); run++) {
                // each run rewrites chunks up to its share of bytes, while they are less than half full
            }
            assertThat(compaction.compactOnce()).as("still compacting after 1,000 runs").isFalse();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file's size while it is open: H2 moves chunks to its start and truncates it only when it closes. */
    private long sizeThenShutdown(HikariDataSource events, String name) throws Exception {
        long size = Files.size(dir.resolve(name + ".mv.db"));
        new JdbcTemplate(events).execute("SHUTDOWN IMMEDIATELY");
        return size;
    }
}
