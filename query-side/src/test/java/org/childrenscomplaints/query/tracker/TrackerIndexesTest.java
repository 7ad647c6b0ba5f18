package org.childrenscomplaints.query.tracker;

import org.bson.Document;
import org.childrenscomplaints.query.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrackerIndexesTest {

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final IndexOperations indexes = mongo.template().indexOps(TrackerClockDocument.class);

    @AfterEach
    void close() {
        mongo.close();
    }

    /**
     * The embedded store walks an index for a page only when its fields, their order and their
     * directions are the sort's; MongoDB proper, too, sorts best by such an index.
     */
    @Test
    void theTrackersIndexIsItsOrder() {
        Document order = new Document();
        TrackerClockDocument.MOST_URGENT_FIRST.forEach(field -> order.put(field.getProperty(), field.isAscending() ? 1 : -1));

        assertThat(new MongoPersistentEntityIndexResolver(mongo.template().getConverter().getMappingContext())
                .resolveIndexFor(TrackerClockDocument.class))
                .filteredOn(index -> "most_urgent_first".equals(index.getIndexOptions().get("name")))
                .singleElement().extracting(index -> List.copyOf(index.getIndexKeys().entrySet())).isEqualTo(List.copyOf(order.entrySet()));
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
