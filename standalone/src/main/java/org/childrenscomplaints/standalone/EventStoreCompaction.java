package org.childrenscomplaints.standalone;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Compacts the event store's file, which H2 leaves to us here.
 * <p>
 * The embedded default writes each commit to the file before the command is answered
 * ({@code WRITE_DELAY=0}, ADR 0001). With that setting H2 runs no background thread, and it is
 * that thread which rewrites the live pages of chunks that later commits left mostly dead, so
 * their space can be used again (h2database issue 442). Nothing did: the file grew by some 200 KB
 * per complaint registered, to 6.5 GB after 32,000 registrations holding a few hundred megabytes
 * of rows. Every second this runs H2's own compaction ({@link ChunkCompaction}) and commits what
 * it rewrote.
 */
final class EventStoreCompaction implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EventStoreCompaction.class);

    private static final Duration EVERY = Duration.ofSeconds(1);

    private final DataSource events;
    private final Duration every;
    private final ScheduledExecutorService compactor = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "event-store-compaction");
        thread.setDaemon(true);
        return thread;
    });
    private boolean failing;

    EventStoreCompaction(DataSource events) {
        this(events, EVERY);
    }

    EventStoreCompaction(DataSource events, Duration every) {
        this.events = events;
        this.every = every;
        compactor.scheduleWithFixedDelay(this::compact, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Compacts once, committing what was rewritten; {@code false} if nothing was (see {@link ChunkCompaction}). */
    boolean compactOnce() throws SQLException {
        try (Connection connection = events.getConnection()) {
            return compactOnce(storeOf(connection));
        }
    }

    /** Compacts the event store under {@code store} once, as the app does every second (also the benchmark's loader). */
    static boolean compactOnce(MVStore store) {
        if (!ChunkCompaction.rewriteChunksWhileHalfEmpty(store, ChunkCompaction.EVENT_STORE_BYTES)) {
            return false;
        }
        store.commit();
        return true;
    }

    private void compact() {
        try {
            compactOnce();
            if (failing) {
                log.info("The event store is compacted again");
                failing = false;
            }
        } catch (Throwable e) {
            // caught, whatever it is: anything thrown out of here would end the schedule
            if (!failing) {
                log.warn("Could not compact the event store; trying again every {}", every, e);
                failing = true;
            }
        }
    }

    /** The MVStore under an H2 connection: H2 offers its compaction only there, not in SQL. */
    static MVStore storeOf(Connection connection) throws SQLException {
        SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
        return session.getDatabase().getStore().getMvStore();
    }

    @Override
    public void close() {
        // not shutdownNow: an interrupt in the middle of a write makes H2 close the file
        compactor.shutdown();
        try {
            compactor.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
