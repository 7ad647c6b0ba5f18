package org.childrenscomplaints.standalone;

import org.h2.mvstore.MVStore;

/**
 * How the embedded default's two H2 files are compacted while the app runs, neither by H2's own
 * background thread: the event store commits each transaction at once ({@link EventStoreCompaction}),
 * the read models' store only between requests ({@link RequestBoundaryCommits}). ADR 0011, cause 20.
 */
final class ChunkCompaction {

    /**
     * Chunks at most half full: rewriting one writes less than it frees. Near H2's own 90 % the
     * rewriting never ends, chunks rewritten falling back below it as soon as a row changes
     * (h2database issue 933).
     */
    private static final int AT_MOST_FILLED = 50;
    /** Live bytes rewritten at most at a time: about what a second of the busiest intake measured writes. */
    private static final int BYTES_AT_A_TIME = 16 * 1024 * 1024;

    private ChunkCompaction() {
    }

    /**
     * Rewrites the live pages of the emptiest chunks, which reach the file with the next commit;
     * H2 uses the chunks' space again once its retention time (45 s) has passed.
     *
     * @return false if there was nothing to rewrite
     */
    static boolean rewriteEmptiestChunks(MVStore store) {
        return store.compact(AT_MOST_FILLED, BYTES_AT_A_TIME);
    }
}
