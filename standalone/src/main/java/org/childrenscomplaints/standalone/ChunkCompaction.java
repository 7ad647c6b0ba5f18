package org.childrenscomplaints.standalone;

import org.h2.mvstore.MVStore;

/**
 * How the embedded default's two H2 files are compacted while the app runs, neither by H2's own
 * background thread: the event store commits each transaction at once ({@link EventStoreCompaction}),
 * the read models' store only between requests ({@link RequestBoundaryCommits}). ADR 0011, cause 20.
 */
final class ChunkCompaction {

    /**
     * H2 rewrites only while the store's chunks, taken together, are less than this full. Near H2's
     * own 90 % the rewriting never ended: under steady writes the chunks together never reach it, and
     * every run rewrote its whole share again (h2database issue 933 describes the same).
     */
    private static final int WHILE_FILLED_BELOW = 50;
    /** The event store's share: about what a second of the busiest intake measured writes. */
    static final int EVENT_STORE_BYTES = 16 * 1024 * 1024;
    /**
     * The read models' least share after a commit; more, up to 16 MB, when the requests changed more
     * ({@link RequestBoundaryCommits#compactionBytes}). With 16 MB after each commit, a store just
     * rebuilt at 100,000 complaints was rewritten, its pages decoded, through the following minutes:
     * the heap reached its limit and the intake fell to 38 and 34 registrations a second, where this
     * share gives 68 and 62 (docs/benchmarks.md, ninth round).
     */
    static final int READ_MODELS_BYTES = 1024 * 1024;

    private ChunkCompaction() {
    }

    /**
     * While the store's chunks are less than half full, rewrites the live pages of those H2 gains
     * most from (it weighs their fill and age), up to {@code bytes} of them. The pages reach the file
     * with the next commit; H2 uses the chunks' space again once its retention time (45 s) has passed.
     *
     * @return false if nothing was rewritten: the chunks are full enough, none can be rewritten yet,
     * or the store was busy being written
     */
    static boolean rewriteChunksWhileHalfEmpty(MVStore store, int bytes) {
        return store.compact(WHILE_FILLED_BELOW, bytes);
    }
}
