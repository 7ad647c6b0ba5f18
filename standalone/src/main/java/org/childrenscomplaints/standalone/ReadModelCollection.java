package org.childrenscomplaints.standalone;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * mongo-java-server's H2 collection, changing its indexes under its lock and answering three kinds of
 * query without holding or reading the whole collection. mongo-java-server uses an index only for a
 * query on exactly that index's fields, and otherwise reads and decodes every document, then sorts
 * every match.
 * <ul>
 *     <li>A query that names its documents by {@code _id} and asks more besides (a guarded update,
 *     {@code {_id: x, "applied.c": {$lt: 5}}}) reads the documents named, fetched by id as the
 *     documents are kept, and matches the whole query against them. Only string ids: a string key
 *     finds exactly the document whose id equals it, where numbers, for one, compare across types.</li>
 *     <li>A sorted query for one page of every document (the tracker's first 50 open clocks) walks an
 *     index kept in that order ({@link SortedIndex}), where there is one, and reads the page alone.</li>
 *     <li>Any other sorted query for one page keeps only the page's worth of best documents while it
 *     reads the collection, instead of sorting them all.</li>
 * </ul>
 * Each answers exactly what mongo-java-server answers, in the same order, ties included.
 */
final class ReadModelCollection extends H2Collection {

    private static final String ID = "_id";
    private static final String IN = "$in";
    private static final String AND = "$and";
    /** Beyond this many (a page deep into the results), keeping them costs what sorting them all does. */
    private static final int MOST_KEPT = 10_000;
    /**
     * A key that names a field of the document itself, not a path into it. Narrower than
     * mongo-java-server's own test (no dot, not {@code $}) on purpose: any other key is found its way.
     */
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /**
     * A match, the place it was found in (which orders equal documents as a stable sort would), and
     * its values of the sort's keys, each found the first time a comparison needs it and kept:
     * mongo-java-server's comparator finds both documents' again at every comparison, splitting the
     * key's path with a regular expression, which was two fifths of a tracker page's time at 100,000
     * complaints (docs/benchmarks.md).
     */
    private static final class Found {

        private static final Object NOT_YET_FOUND = new Object();

        private final Document document;
        private final long place;
        private final List<Function<Document, Object>> sortValueOf;
        private final Object[] sortValues;

        Found(Document document, long place, List<Function<Document, Object>> sortValueOf) {
            this.document = document;
            this.place = place;
            this.sortValueOf = sortValueOf;
            this.sortValues = new Object[sortValueOf.size()];
            Arrays.fill(sortValues, NOT_YET_FOUND);
        }

        Document document() {
            return document;
        }

        long place() {
            return place;
        }

        Object sortValue(int key) {
            if (sortValues[key] == NOT_YET_FOUND) {
                sortValues[key] = sortValueOf.get(key).apply(document);
            }
            return sortValues[key];
        }
    }

    ReadModelCollection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> documents,
                        MVMap<String, Object> meta, CursorRegistry cursors) {
        super(database, name, options, documents, meta, cursors);
    }

    /**
     * Under the collection's lock, as its writes are: mongo-java-server adds an index without it, so an
     * index made while documents were inserted (Spring Data makes a collection's indexes the first time
     * it meets the document's type, as the app's first requests write to it) missed some of them, and
     * an insert going over the list of indexes as one was added failed ({@code ReadModelStoreConcurrencyTest}).
     */
    @Override
    public synchronized void addIndex(Index<Object> index) {
        super.addIndex(index);
    }

    @Override
    public synchronized void dropIndex(String indexName) {
        super.dropIndex(indexName);
    }

    /** Called only when no index can answer the query on its own. */
    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                                         Document projection) {
        if (isNaturalDescending(orderBy)) {
            return super.matchDocuments(query, orderBy, skip, limit, batchSize, projection);
        }
        Optional<List<String>> ids = namedIds(query);
        if (ids.isPresent()) {
            // in id order, the order a scan of the collection finds them in
            return matchDocumentsFromStream(ids.get().stream().distinct().sorted().map(this::getDocument).filter(Objects::nonNull),
                    query, orderBy, skip, limit, batchSize, projection);
        }
        boolean onePage = limit > 0 && (long) skip + limit <= MOST_KEPT;
        Optional<SortedIndex> walked = onePage && query.isEmpty() ? indexSorting(orderBy) : Optional.empty();
        if (walked.isPresent()) {
            return matchDocumentsFromStream(walked.get().positionsInOrder(this::streamAllDocumentsWithPosition).map(this::getDocument)
                            .limit((long) skip + limit),
                    query, orderBy, skip, limit, batchSize, projection);
        }
        if (deriveComparator(orderBy) != null && onePage) {
            return matchDocumentsFromStream(firstInOrder(query, orderBy, skip + limit), query, orderBy, skip, limit,
                    batchSize, projection);
        }
        return super.matchDocuments(query, orderBy, skip, limit, batchSize, projection);
    }

    /**
     * An index kept in the order {@code orderBy} asks for. Walked only for a query of every document: a
     * filter that few documents pass would fetch most of them one by one, in the index's order rather
     * than the file's, where a scan reads each page of the file once.
     */
    private Optional<SortedIndex> indexSorting(Document orderBy) {
        return getIndexes().stream().filter(SortedIndex.class::isInstance).map(SortedIndex.class::cast)
                .filter(index -> index.sorts(orderBy)).findFirst();
    }

    /**
     * The string ids a query limits itself to: {@code _id: "x"} or {@code _id: {$in: ["x", "y"]}}, beside
     * its other conditions or in one of its {@code $and}'s (the Java driver's {@code Filters.and}).
     */
    private static Optional<List<String>> namedIds(Document query) {
        Object id = query.get(ID);
        if (id instanceof String one) {
            return Optional.of(List.of(one));
        }
        if (id instanceof Document condition && condition.keySet().equals(Set.of(IN))
                && condition.get(IN) instanceof Collection<?> values
                && values.stream().allMatch(String.class::isInstance)) {
            return Optional.of(values.stream().map(String.class::cast).toList());
        }
        if (query.get(AND) instanceof List<?> conditions) {
            return conditions.stream().filter(Document.class::isInstance).map(Document.class::cast)
                    .map(ReadModelCollection::namedIds).flatMap(Optional::stream).findFirst();
        }
        return Optional.empty();
    }

    /** Whether {@code key} names a field of the document itself, not a path into it. */
    static boolean isFieldOfItsOwn(String key) {
        return FIELD_NAME.matcher(key).matches();
    }

    /**
     * How a sort key's value is found in a document. A field of the document itself is its value, or
     * missing, as mongo-java-server finds it, which first splits the key with a regular expression:
     * for every match, a fifth of a tracker page's time at 100,000 complaints (docs/benchmarks.md).
     */
    private static Function<Document, Object> valueOf(String key) {
        if (isFieldOfItsOwn(key)) {
            return document -> document.getOrMissing(key);
        }
        return document -> Utils.getSubdocumentValueCollectionAware(document, key);
    }

    /**
     * The first {@code count} matches in the order {@code orderBy} asks for, as a stable sort of all of
     * them would have them; compared as mongo-java-server's {@code DocumentComparator} compares them.
     */
    private Stream<Document> firstInOrder(Document query, Document orderBy, int count) {
        List<String> keys = List.copyOf(orderBy.keySet());
        List<Function<Document, Object>> sortValueOf = keys.stream().map(ReadModelCollection::valueOf).toList();
        List<ValueComparator> directions = keys.stream()
                .map(key -> ((Number) orderBy.get(key)).intValue() > 0 ? ValueComparator.asc() : ValueComparator.desc())
                .toList();
        Comparator<Found> best = (one, other) -> {
            for (int key = 0; key < keys.size(); key++) {
                int order = directions.get(key).compare(one.sortValue(key), other.sortValue(key));
                if (order != 0) {
                    return order;
                }
            }
            return Long.compare(one.place(), other.place());
        };
        PriorityQueue<Found> kept = new PriorityQueue<>(count, best.reversed());
        long place = 0;
        for (Document document : (Iterable<Document>) streamAllDocumentsWithPosition().map(DocumentWithPosition::getDocument)::iterator) {
            if (documentMatchesQuery(document, query)) {
                Found found = new Found(document, place++, sortValueOf);
                // most documents of a long collection rank below the page: one comparison, with the worst kept
                if (kept.size() < count) {
                    kept.add(found);
                } else if (best.compare(found, kept.peek()) < 0) {
                    kept.poll();
                    kept.add(found);
                }
            }
        }
        return kept.stream().sorted(best).map(Found::document);
    }
}
