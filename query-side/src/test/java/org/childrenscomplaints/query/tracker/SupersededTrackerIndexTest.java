package org.childrenscomplaints.query.tracker;

import org.childrenscomplaints.query.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.index.IndexOperations;

import static org.assertj.core.api.Assertions.assertThat;

class SupersededTrackerIndexTest {

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final IndexOperations indexes = mongo.template().indexOps(TrackerClockDocument.class);

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void theIndexOfDueDatesAloneAnEarlierReleaseMadeIsDroppedAndTheTrackersOrderKept() {
        indexes.createIndex(new Index("dueDate", Sort.Direction.ASC).named(SupersededTrackerIndex.DUE_DATES_ALONE));
        indexes.createIndex(new Index("dueDate", Sort.Direction.ASC).on("reference", Sort.Direction.ASC)
                .on("stage", Sort.Direction.ASC).on("clock", Sort.Direction.ASC).named("most_urgent_first"));

        new SupersededTrackerIndex(mongo.template()).drop();
        new SupersededTrackerIndex(mongo.template()).drop();

        assertThat(indexes.getIndexInfo()).extracting(IndexInfo::getName).containsExactlyInAnyOrder("_id_", "most_urgent_first");
    }
}
