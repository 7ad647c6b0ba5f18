package org.childrenscomplaints.query;

import org.axonframework.eventhandling.DomainEventMessage;
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

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Documents a projection keeps one per case, read and written while it handles a batch of events
 * and written back together, in one bulk write per collection, once the batch's last event has
 * been handled: before the processor stores its token, so a crash loses only work the events are
 * delivered again for. In a rebuild a case's events mostly arrive together, so each case is read
 * once and written once per batch instead of once per event (docs/benchmarks.md). Outside a
 * processor's batch (a test handing events over one by one) every save is written at once.
 * <p>
 * A document the batch found absent is inserted, not upserted: the embedded MongoDB looks for the
 * document again before an upsert, which was a third of its work in a rebuild, where nearly every
 * document is new. Only one processor segment writes a case's documents, so nobody else inserts it
 * meanwhile; should a segment change hands mid-batch all the same, the insert meets a duplicate
 * key, the batch fails and its redelivery reads the document again.
 */
@Component
public class BatchedDocuments {

    private static final String RESOURCE = BatchedDocuments.class.getName();

    private record Key(Class<?> type, String id) {
    }

    /**
     * What the batch has read (empty when there was none) and what it has changed (empty when
     * removed), in the order changed.
     */
    private static final class Batch {
        /** The cases the batch's events are of: a projection keeping a document per case reads them all at once. */
        final Set<String> caseIds;
        final Set<Class<?>> readForEveryCase = new HashSet<>();
        final Map<Key, Optional<Object>> read = new HashMap<>();
        final Map<Key, Optional<Object>> changed = new LinkedHashMap<>();
        final Map<Class<?>, Gathered<?>> gathered = new LinkedHashMap<>();

        Batch(Set<String> caseIds) {
            this.caseIds = caseIds;
        }

        Optional<Object> known(Key key) {
            Optional<Object> changedTo = changed.get(key);
            return changedTo != null ? changedTo : read.get(key);
        }
    }

    /** Changes a projection gathers over a batch, how it writes them, and what it does once the documents are written. */
    private record Gathered<T>(T changes, Consumer<T> write, Consumer<T> afterTheDocuments) {
        void writeAll() {
            write.accept(changes);
        }

        void documentsWritten() {
            afterTheDocuments.accept(changes);
        }
    }

    private final MongoTemplate mongo;

    public BatchedDocuments(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The document, as this batch last left it. The first time a batch looks for a document of a
     * type by the id of one of its cases, those of all its cases are read together.
     */
    public <T> T findById(String id, Class<T> type) {
        List<T> found = findAllById(List.of(id), type);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Those of the documents with these ids that exist, in the order of the ids; one query for all the batch has not seen. */
    public <T> List<T> findAllById(Collection<String> ids, Class<T> type) {
        Batch batch = currentBatch();
        boolean byCase = batch != null && ids.stream().anyMatch(batch.caseIds::contains);
        return find(batch, ids, type, byCase ? List::of : null);
    }

    /**
     * The documents of a case that exist among those it can have ({@code idsOfACase}), in that
     * order; the first time in a batch, those of every case of the batch are read in one query.
     */
    public <T> List<T> findAllOfCase(String caseId, Class<T> type, Function<String, List<String>> idsOfACase) {
        return find(currentBatch(), idsOfACase.apply(caseId), type, idsOfACase);
    }

    private <T> List<T> find(Batch batch, Collection<String> ids, Class<T> type,
                             Function<String, List<String>> readAheadForEveryCase) {
        if (batch == null) {
            Map<String, T> found = new HashMap<>();
            mongo.find(byIds(ids), type).forEach(document -> found.put(idOf(document), document));
            return ids.stream().map(found::get).filter(Objects::nonNull).toList();
        }
        Set<String> unseen = new LinkedHashSet<>(ids);
        if (readAheadForEveryCase != null && batch.readForEveryCase.add(type)) {
            batch.caseIds.forEach(caseId -> unseen.addAll(readAheadForEveryCase.apply(caseId)));
        }
        unseen.removeIf(id -> batch.known(new Key(type, id)) != null);
        if (!unseen.isEmpty()) {
            Map<String, T> found = new HashMap<>();
            mongo.find(byIds(unseen), type).forEach(document -> found.put(idOf(document), document));
            unseen.forEach(id -> batch.read.put(new Key(type, id), Optional.ofNullable(found.get(id))));
        }
        return ids.stream().map(id -> batch.known(new Key(type, id)))
                .flatMap(Optional::stream).map(type::cast).toList();
    }

    /** The document with this {@code id} is now {@code document}, in place of any before it. */
    public void save(String id, Object document) {
        Batch batch = currentBatch();
        if (batch == null) {
            mongo.save(document);
        } else {
            batch.changed.put(new Key(document.getClass(), id), Optional.of(document));
        }
    }

    /** The document of this type with this {@code id} is no more (if there was one). */
    public void remove(String id, Class<?> type) {
        Batch batch = currentBatch();
        if (batch == null) {
            mongo.remove(byId(id), type);
        } else {
            batch.changed.put(new Key(type, id), Optional.empty());
        }
    }

    /**
     * Adds a change to those of its kind the batch has gathered, which {@code write} stores once
     * the batch's last event has been handled, before any document is written (outside a batch:
     * at once). For changes that are not whole documents, such as counts added up. Once the
     * batch's documents are written too, and only then, {@code afterTheDocuments} is given the
     * same changes (outside a batch: never, as no one says when the documents are written).
     */
    public <T> void gather(Class<T> kind, Supplier<T> noChanges, Consumer<T> addChange, Consumer<T> write,
                           Consumer<T> afterTheDocuments) {
        Batch batch = currentBatch();
        if (batch == null) {
            T changes = noChanges.get();
            addChange.accept(changes);
            write.accept(changes);
        } else {
            addChange.accept(kind.cast(batch.gathered.computeIfAbsent(kind,
                    unused -> new Gathered<>(noChanges.get(), write, afterTheDocuments)).changes()));
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
        List<Gathered<?>> gathered = List.copyOf(batch.gathered.values());
        batch.gathered.clear();
        gathered.forEach(Gathered::writeAll);
        Map<Class<?>, BulkOperations> collections = new LinkedHashMap<>();
        batch.changed.forEach((key, document) -> {
            Optional<Object> stored = batch.read.get(key);
            boolean knownAbsent = stored != null && stored.isEmpty();
            if (document.isEmpty() && knownAbsent) {
                return;
            }
            BulkOperations writes = collections.computeIfAbsent(key.type(),
                    type -> mongo.bulkOps(BulkOperations.BulkMode.ORDERED, type));
            if (document.isEmpty()) {
                writes.remove(byId(key.id()));
            } else if (knownAbsent) {
                writes.insert(document.get());
            } else {
                writes.replaceOne(byId(key.id()), document.get(), FindAndReplaceOptions.options().upsert());
            }
        });
        collections.values().forEach(BulkOperations::execute);
        batch.changed.clear();
        batch.read.clear();
        gathered.forEach(Gathered::documentsWritten);
    }

    private String idOf(Object document) {
        return Objects.toString(mongo.getConverter().getMappingContext().getRequiredPersistentEntity(document.getClass())
                .getIdentifierAccessor(document).getIdentifier());
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    private static Query byIds(Collection<String> ids) {
        return Query.query(Criteria.where("_id").in(ids));
    }

    private static Batch currentBatch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        return unitOfWork instanceof BatchingUnitOfWork<?> batching
                ? unitOfWork.getOrComputeResource(RESOURCE, key -> new Batch(caseIdsOf(batching.getMessages())))
                : null;
    }

    private static Set<String> caseIdsOf(List<?> messages) {
        Set<String> caseIds = new HashSet<>();
        messages.forEach(message -> {
            if (message instanceof DomainEventMessage<?> event) {
                caseIds.add(event.getAggregateIdentifier());
            }
        });
        return caseIds;
    }
}
