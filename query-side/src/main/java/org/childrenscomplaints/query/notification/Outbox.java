package org.childrenscomplaints.query.notification;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The mails to send and what became of each ({@code notification_outbox}). Every change is one
 * single-document write, which the embedded MongoDB (no transactions) makes atomic too: a delivery
 * is added once, leased by one dispatcher at a time, and once SENT never offered again.
 */
@Component
public class Outbox {

    private final MongoTemplate mongo;

    public Outbox(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Adds the delivery unless one with its id is already there (the same reminder handled again): true if it was new. */
    public boolean add(Delivery delivery) {
        try {
            mongo.insert(delivery);
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    public boolean contains(String id) {
        return mongo.exists(query(where("_id").is(id)), Delivery.class);
    }

    /**
     * The next delivery due, leased to the caller: its next attempt moves to the end of the lease, so
     * no other dispatcher (another instance, or the next tick) takes it meanwhile. A dispatcher that
     * dies while sending leaves it due again when the lease ends.
     */
    public Optional<Delivery> leaseNextDue(Instant now, Duration lease) {
        Query due = query(toSend().and("nextAttemptAt").lte(now)).with(Sort.by("nextAttemptAt", "_id"));
        return Optional.ofNullable(mongo.findAndModify(due, Update.update("nextAttemptAt", now.plus(lease)),
                FindAndModifyOptions.options().returnNew(true), Delivery.class));
    }

    /** Delivered ({@code SENT}) or written to the log ({@code LOGGED}): never offered again. */
    public void delivered(Delivery delivery, DeliveryStatus how, Instant at) {
        mongo.updateFirst(query(toSend().and("_id").is(delivery.id())),
                Update.update("status", how.name()).set("sentAt", at).inc("attempts", 1), Delivery.class);
    }

    public void failed(Delivery delivery, String reason, Instant retryAt) {
        mongo.updateFirst(query(toSend().and("_id").is(delivery.id())),
                Update.update("status", DeliveryStatus.FAILED.name()).set("lastError", reason)
                        .set("nextAttemptAt", retryAt).inc("attempts", 1), Delivery.class);
    }

    /** Newest first; every status when {@code status} is null. */
    public List<Delivery> list(DeliveryStatus status, int page, int size) {
        return mongo.find(filter(status).with(Sort.by(Sort.Direction.DESC, "createdAt", "_id"))
                .skip((long) page * size).limit(size), Delivery.class);
    }

    public long count(DeliveryStatus status) {
        return mongo.count(filter(status), Delivery.class);
    }

    private static Query filter(DeliveryStatus status) {
        return status == null ? new Query() : query(where("status").is(status.name()));
    }

    private static Criteria toSend() {
        return where("status").in(DeliveryStatus.TO_SEND.stream().map(Enum::name).toList());
    }
}
