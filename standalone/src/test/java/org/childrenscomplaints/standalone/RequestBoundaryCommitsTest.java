package org.childrenscomplaints.standalone;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Which commands run whole between two commits of the read models' store, and that commits wait for them. */
class RequestBoundaryCommitsTest {

    @TempDir
    Path dir;

    @Test
    void aChangingRequestIsCommittedOnlyOnceItHasEndedAndCloseCommitsWhatIsLeft() throws Exception {
        MVStore store = new MVStore.Builder().fileName(file()).autoCommitDisabled().autoCommitBufferSize(0).open();
        MVMap<String, String> documents = store.openMap("documents");
        store.commit();
        long before = store.getCurrentVersion();
        RequestBoundaryCommits commits = new RequestBoundaryCommits(store);

        commits.runWhole(() -> {
            documents.put("case-1", "the document");
            // longer than the second between commits
            pause(Duration.ofMillis(1_500));
            assertThat(store.getCurrentVersion()).as("commits while the request runs").isEqualTo(before);
            return documents.put("case-1 in its index", "the document's place");
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> store.getCurrentVersion() > before && !store.hasUnsavedChanges());
        commits.runWhole(() -> documents.put("case-2", "the last document"));
        commits.close();
        commits.betweenRequests(store::close);

        try (MVStore reopened = new MVStore.Builder().fileName(file()).readOnly().open()) {
            assertThat(reopened.<String, String>openMap("documents"))
                    .containsOnlyKeys("case-1", "case-1 in its index", "case-2");
        }
    }

    @Test
    void aStoreThatCommitsByItselfIsRefused() {
        try (MVStore store = new MVStore.Builder().fileName(file()).open()) {
            assertThatThrownBy(() -> new RequestBoundaryCommits(store)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void everyCommandThatWritesRunsWholeBetweenCommits() {
        assertThat(List.of("insert", "update", "delete", "findAndModify", "createIndexes", "drop", "dropDatabase",
                "dropIndexes", "create", "renameCollection", "compact"))
                .allSatisfy(name -> assertThat(RequestBoundaryCommits.changesTheStore(name, command(name))).as(name).isTrue());
    }

    @Test
    void readsDoNotWaitForACommitWhateverTheCaseOfTheirName() {
        assertThat(List.of("find", "getMore", "count", "distinct", "aggregate", "listIndexes", "ping", "hello", "ismaster", "FIND"))
                .allSatisfy(name -> assertThat(RequestBoundaryCommits.changesTheStore(name, command(name))).as(name).isFalse());
    }

    @Test
    void anAggregationThatWritesItsResultChangesTheStore() {
        Document out = command("aggregate").append("pipeline", List.of(new Document("$match", new Document()),
                new Document("$out", "copy")));
        Document merge = command("aggregate").append("pipeline", List.of(new Document("$merge", "copy")));
        assertThat(RequestBoundaryCommits.changesTheStore("aggregate", out)).isTrue();
        assertThat(RequestBoundaryCommits.changesTheStore("aggregate", merge)).isTrue();
    }

    @Test
    void aStoreChangedFasterThanTheLeastShareCompactsKeepsItsChunksAThirdFull() {
        try (MVStore store = new MVStore.Builder().fileName(file()).autoCommitDisabled().autoCommitBufferSize(0).open();
             // the app's least share scaled down as this store is: its commits write some 2 MB, not 16
             RequestBoundaryCommits commits = new RequestBoundaryCommits(store, 16 * 1024)) {
            // a chunk's space is used again only once its retention has passed: 45 s in the app, none here,
            // so the file's fill measures the compaction alone
            store.setRetentionTime(0);
            MVMap<Integer, String> documents = store.openMap("documents");
            Random random = new Random(7);
            String document = "d".repeat(1_000);
            for (int batch = 0; batch < 60; batch++) {
                // as a rebuild does: documents all over a collection far larger than what one commit writes
                commits.runWhole(() -> {
                    for (int update = 0; update < 500; update++) {
                        documents.put(random.nextInt(20_000), document + update);
                    }
                    return null;
                });
                commits.commitAndCompact();
            }
            // 35 % here; 18 % and falling, the file twice as large and growing, with the least share alone
            assertThat(store.getFileStore().getChunksFillRate()).as("how full the file's chunks are, in per cent")
                    .isGreaterThanOrEqualTo(30);
        }
    }

    @Test
    void theCompactionAfterACommitIsWhatTheRequestsChangedWithinALeastAndAMost() {
        int megabyte = 1024 * 1024;
        assertThat(RequestBoundaryCommits.compactionBytes(5 * megabyte, megabyte)).isEqualTo(5 * megabyte);
        assertThat(RequestBoundaryCommits.compactionBytes(0, megabyte)).as("a quiet second").isEqualTo(megabyte);
        assertThat(RequestBoundaryCommits.compactionBytes(181 * megabyte, megabyte)).as("a burst")
                .isEqualTo(16 * megabyte);
    }

    private String file() {
        return dir.resolve("store.mv").toString();
    }

    private static Document command(String name) {
        return new Document(name, "cases").append("$db", "complaints");
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
