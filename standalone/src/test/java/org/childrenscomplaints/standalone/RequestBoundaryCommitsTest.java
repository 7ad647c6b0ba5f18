package org.childrenscomplaints.standalone;

import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which commands must run whole between two commits of the read models' store. */
class RequestBoundaryCommitsTest {

    @Test
    void everyCommandThatWritesRunsWholeBetweenCommits() {
        assertThat(List.of("insert", "update", "delete", "findAndModify", "createIndexes", "drop", "dropDatabase",
                "dropIndexes", "create", "renameCollection"))
                .allSatisfy(name -> assertThat(RequestBoundaryCommits.changesTheStore(command(name))).as(name).isTrue());
    }

    @Test
    void readsDoNotWaitForACommit() {
        assertThat(List.of("find", "getMore", "count", "distinct", "aggregate", "listIndexes", "ping", "hello"))
                .allSatisfy(name -> assertThat(RequestBoundaryCommits.changesTheStore(command(name))).as(name).isFalse());
    }

    @Test
    void anAggregationThatWritesItsResultWritesAndAnUnknownCommandIsTakenToWrite() {
        Document out = command("aggregate").append("pipeline", List.of(new Document("$match", new Document()),
                new Document("$out", "copy")));
        Document merge = command("aggregate").append("pipeline", List.of(new Document("$merge", "copy")));
        assertThat(RequestBoundaryCommits.changesTheStore(out)).isTrue();
        assertThat(RequestBoundaryCommits.changesTheStore(merge)).isTrue();
        assertThat(RequestBoundaryCommits.changesTheStore(command("compact"))).isTrue();
        assertThat(RequestBoundaryCommits.changesTheStore(new Document())).isTrue();
    }

    private static Document command(String name) {
        return new Document(name, "cases").append("$db", "complaints");
    }
}
