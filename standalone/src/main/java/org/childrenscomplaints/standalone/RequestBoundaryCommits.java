package org.childrenscomplaints.standalone;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Commits the read models' store only between the requests that change it, so the file a crash
 * leaves holds each request's changes whole or not at all.
 * <p>
 * H2 commits an MVStore by itself, from a background thread every second and from any thread that
 * writes once enough changes are unsaved, whatever else is half done. mongo-java-server writes a
 * document and then each of its indexes, map after map, so a commit between them and a crash before
 * the next left a file whose {@code _id} index lacked a document its collection held: a find by id
 * missed it, inserting it again failed, and that case's read model stopped for good (seen in
 * {@code CrashTest}, once in three runs). The store must be opened with H2's own commits off; here
 * every changing request holds a shared lock for its whole length and commits take it exclusively:
 * once a second, sooner when much is unsaved, and at close.
 * <p>
 * Requests that only read take no lock, since a commit does not change what they see. They can still
 * wait behind one: mongo-java-server answers on a few network threads, and a changing request waiting
 * for a commit holds its thread meanwhile.
 */
final class RequestBoundaryCommits implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RequestBoundaryCommits.class);

    /** Said in the log and by the health check ({@link ReadModelsHealth}). */
    static final String CLOSED_AFTER_A_FAILURE = "The read models' store was closed after a failure to write it; "
            + "the read models stop until the app is restarted";

    private static final long CHECK_EVERY_MILLIS = 100;
    private static final long COMMIT_EVERY_MILLIS = 1_000;
    /** About H2's own point for committing early (up to 19 MB, less on a small heap); below it, the second's commit. */
    private static final int UNSAVED_BYTES_LIMIT = 16 * 1024 * 1024;

    /** Commands that never change documents or indexes (as mongo-java-server, ignoring case); anything else may. */
    private static final Set<String> READING_COMMANDS = caseInsensitive("find", "getMore", "count", "distinct",
            "aggregate", "listCollections", "listIndexes", "listDatabases", "killCursors", "endSessions", "ping", "hello",
            "isMaster", "buildInfo", "dbStats", "collStats", "serverStatus");
    private static final Set<String> WRITING_STAGES = Set.of("$out", "$merge");

    private final MVStore store;
    private final int leastCompaction;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ScheduledExecutorService committer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "read-model-commits");
        thread.setDaemon(true);
        return thread;
    });
    private long lastCommit = System.nanoTime();
    private int rewrittenSinceCommit;
    private int changedByRequests;
    private boolean failing;

    RequestBoundaryCommits(MVStore store) {
        this(store, ChunkCompaction.READ_MODELS_BYTES);
    }

    /** As {@link #RequestBoundaryCommits(MVStore)}, rewriting at least {@code leastCompaction} bytes after a commit. */
    RequestBoundaryCommits(MVStore store, int leastCompaction) {
        this.store = withItsOwnCommitsOff(store);
        this.leastCompaction = leastCompaction;
        committer.scheduleWithFixedDelay(this::commitIfDue, CHECK_EVERY_MILLIS, CHECK_EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** {@code store}, refused if H2 may commit it by itself. */
    static MVStore withItsOwnCommitsOff(MVStore store) {
        if (store.getAutoCommitDelay() != 0 || store.getAutoCommitMemory() != 0) {
            throw new IllegalArgumentException("The read models' store must be opened with H2's own commits off");
        }
        return store;
    }

    /** Runs a command; one that changes the store runs whole between two commits. */
    <T> T run(String name, Document command, Supplier<T> request) {
        return changesTheStore(name, command) ? runWhole(request) : request.get();
    }

    /** Runs a request whole between two commits. */
    <T> T runWhole(Supplier<T> request) {
        Lock changing = lock.readLock();
        changing.lock();
        try {
            return request.get();
        } finally {
            changing.unlock();
        }
    }

    static boolean changesTheStore(String name, Document command) {
        if (!READING_COMMANDS.contains(name)) {
            return true;
        }
        return name.equalsIgnoreCase("aggregate") && command.get("pipeline") instanceof List<?> stages
                && stages.stream().anyMatch(stage -> stage instanceof Document document
                && document.keySet().stream().anyMatch(WRITING_STAGES::contains));
    }

    /** Stops committing in the background; closing the store then commits what is left. */
    @Override
    public void close() {
        // not shutdownNow: an interrupt in the middle of a commit makes H2 close the file, losing that commit
        committer.shutdown();
        try {
            committer.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs {@code action} (closing the store, say) while no request is changing it. */
    void betweenRequests(Runnable action) {
        Lock commits = lock.writeLock();
        commits.lock();
        try {
            action.run();
        } finally {
            commits.unlock();
        }
    }

    private void commitIfDue() {
        try {
            if (store.isClosed()) {
                // only H2 closes it while commits are scheduled, after a failure to write it
                if (!failing) {
                    log.error(CLOSED_AFTER_A_FAILURE);
                    failing = true;
                }
                return;
            }
            boolean due = store.hasUnsavedChanges() && (store.getUnsavedMemory() >= UNSAVED_BYTES_LIMIT
                    || System.nanoTime() - lastCommit >= TimeUnit.MILLISECONDS.toNanos(COMMIT_EVERY_MILLIS));
            if (due) {
                commitAndCompact();
            }
            if (failing) {
                log.info("The read models' store is committed again");
                failing = false;
            }
        } catch (Throwable e) {
            // caught, whatever it is: anything thrown out of here would end the schedule, and nothing
            // would be committed again until the app stops
            if (!failing) {
                log.error("Could not commit or compact the read models' store; trying again every {} ms", CHECK_EVERY_MILLIS, e);
                failing = true;
            }
        }
    }

    /**
     * Commits, then rewrites about as much of the half-empty chunks as the requests changed since the
     * last commit ({@link #compactionBytes}). The compaction runs after the commit, so a failure to
     * compact never holds one back, and outside the requests' lock, since what a rewritten page holds
     * reaches the file only with the next commit, made between requests.
     */
    synchronized void commitAndCompact() {
        betweenRequests(this::commit);
        ChunkCompaction.rewriteChunksWhileHalfEmpty(store, compactionBytes(changedByRequests, leastCompaction));
        // requests writing meanwhile are counted here too, and so compacted a little less next time
        rewrittenSinceCommit = store.getUnsavedMemory();
    }

    /**
     * How much to compact after a commit: what the requests changed, at least {@code least}
     * ({@link ChunkCompaction#READ_MODELS_BYTES} in the app) and at most what makes a commit due early.
     * H2 rewrites only chunks whose live pages fit in this, so a fixed megabyte never touched the chunks
     * of a rebuild at 1,000,000 complaints (up to 16 MB each): its file was 12 % full, 12.6 GB after 17
     * minutes and growing by over a gigabyte a minute. The most: without it, 23 minutes into such a
     * rebuild (the test suite running beside it), one commit needed a buffer of 181 MB, more than the
     * heap had free, and H2 closed the store; whether the compaction made that commit so large was not
     * established, but its share of any commit is bounded (docs/benchmarks.md, twelfth round).
     * H2 counts the unsaved changes in memory and the chunks on disk, so this is a measure, not a match.
     */
    static int compactionBytes(int changedByRequests, int least) {
        return Math.min(UNSAVED_BYTES_LIMIT, Math.max(least, changedByRequests));
    }

    private void commit() {
        if (store.isClosed()) {
            return;
        }
        // no request is changing the store now; what the last compaction rewrote is unsaved too, and
        // counted it would make each compaction larger than the last
        changedByRequests = Math.max(0, store.getUnsavedMemory() - rewrittenSinceCommit);
        store.commit();
        rewrittenSinceCommit = 0;
        lastCommit = System.nanoTime();
    }

    private static Set<String> caseInsensitive(String... names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(List.of(names));
        return set;
    }
}
