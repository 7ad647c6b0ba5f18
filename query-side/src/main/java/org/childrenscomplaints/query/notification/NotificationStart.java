package org.childrenscomplaints.query.notification;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * When notifications began on this store: recorded once, the first time the app starts with them
 * (before any event processor runs). Reminders fired before it are history the notifier reads
 * through on its first start (or after its position was lost) and must never mail: they were due
 * long ago, and whoever they were for has moved on.
 */
@Component
public class NotificationStart {

    private static final String COLLECTION = "notification_state";

    private final Instant since;

    public NotificationStart(MongoTemplate mongo, Clock clock) {
        State state;
        try {
            state = recordOnce(mongo, clock);
        } catch (DuplicateKeyException anotherInstanceRecordedItFirst) {
            // two instances starting at once: MongoDB lets one upsert insert and refuses the other's
            state = recordOnce(mongo, clock);
        }
        this.since = state.since();
    }

    private static State recordOnce(MongoTemplate mongo, Clock clock) {
        return mongo.findAndModify(query(where("_id").is("start")), new Update().setOnInsert("since", clock.instant()),
                FindAndModifyOptions.options().upsert(true).returnNew(true), State.class, COLLECTION);
    }

    public Instant since() {
        return since;
    }

    record State(String id, Instant since) {
    }
}
