package org.childrenscomplaints.query.tracker;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.stereotype.Component;

/**
 * Drops the tracker's index of due dates alone, which releases before {@code most_urgent_first}
 * made: that index starts with the due dates, so MongoDB proper would only write the old one,
 * never read it.
 */
@Component
class SupersededTrackerIndex {

    static final String DUE_DATES_ALONE = "dueDate";

    private static final Logger log = LoggerFactory.getLogger(SupersededTrackerIndex.class);

    private final MongoTemplate mongo;

    SupersededTrackerIndex(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void drop() {
        IndexOperations indexes = mongo.indexOps(TrackerClockDocument.class);
        try {
            if (indexes.getIndexInfo().stream().anyMatch(index -> index.getName().equals(DUE_DATES_ALONE))) {
                indexes.dropIndex(DUE_DATES_ALONE);
                log.info("Dropped the tracker's index of due dates alone: most_urgent_first starts with them");
            }
        } catch (DataAccessException failed) {
            // another query-side instance dropped it first, or this one may not: it is only written for nothing,
            // which is no reason to stop the app
            log.warn("The tracker's index of due dates alone, superseded by most_urgent_first, was not dropped ({})",
                    failed.getMessage());
        }
    }
}
