package org.childrenscomplaints.query;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Documents a projection keeps one per case, read and written while it handles a batch of events
 * and written back together, in one bulk write per collection, once the batch's last event has
 * been handled: before the processor stores its token, so a crash loses only work the events are
 * delivered again for. In a rebuild a case's events mostly arrive together, so each case is read
 * once and written once per batch instead of once per event (docs/benchmarks.md). Outside a
 * processor's batch (a test handing events over one by one) every save is written at once.
 */
@Component
public class BatchedDocuments {

    private static final String RESOURCE = BatchedDocuments.class.getName();

    private record Key(Class<?> type, String id) {
    }

    /** What the batch has read (empty when there was none) and what it has changed, in the order changed. */
    private static final class Batch {
        final Map<Key, Optional<Object>> read = new HashMap<>();
        final Map<Key, Object> changed = new LinkedHashMap<>();
    }

    private final MongoTemplate mongo;

    public BatchedDocuments(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public <T> T findById(String id, Class<T> type) {
        Batch batch = currentBatch();
        if (batch == null) {
            return mongo.findById(id, type);
        }
        Key key = new Key(type, id);
        Object changed = batch.changed.get(key);
        if (changed != null) {
            return type.cast(changed);
        }
        return type.cast(batch.read.computeIfAbsent(key, unread -> Optional.ofNullable(mongo.findById(id, type)))
                .orElse(null));
    }

    /** The document with this {@code id} is now {@code document}, in place of any before it. */
    public void save(String id, Object document) {
        Batch batch = currentBatch();
        if (batch == null) {
            mongo.save(document);
        } else {
            batch.changed.put(new Key(document.getClass(), id), document);
        }
    }

    /** For every event processor: writes what the batch changed once its last event has been handled. */
    public MessageHandlerInterceptor<EventMessage<?>> writtenAtTheEndOfEachBatch() {
        return (unitOfWork, chain) -> {
            Object result = chain.proceed();
            if (unitOfWork instanceof BatchingUnitOfWork<?> batching && batching.isLastMessage()) {
                Batch batch = batching.getResource(RESOURCE);
                if (batch != null) {
                    write(batch);
                }
            }
            return result;
        };
    }

    private void write(Batch batch) {
        Map<Class<?>, BulkOperations> collections = new LinkedHashMap<>();
        batch.changed.forEach((key, document) -> collections
                .computeIfAbsent(key.type(), type -> mongo.bulkOps(BulkOperations.BulkMode.ORDERED, type))
                .replaceOne(Query.query(Criteria.where("_id").is(key.id())), document,
                        FindAndReplaceOptions.options().upsert()));
        collections.values().forEach(BulkOperations::execute);
        batch.changed.clear();
        batch.read.clear();
    }

    private static Batch currentBatch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        return unitOfWork instanceof BatchingUnitOfWork<?>
                ? unitOfWork.getOrComputeResource(RESOURCE, key -> new Batch())
                : null;
    }
}
