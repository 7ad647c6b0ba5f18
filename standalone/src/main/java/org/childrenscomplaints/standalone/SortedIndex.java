package org.childrenscomplaints.standalone;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Constants;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.DataType;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A non-unique index of a read model, kept in the order a sort by its keys gives, so that the first
 * page of that sort reads a page of documents, not the collection (the tracker's first page of every
 * open clock read them all: 194 / 497 ms at 1,000,000 complaints, docs/benchmarks.md).
 * mongo-java-server keeps no non-unique index at all; no library adds one to it, hence this.
 * <p>
 * Each document has one entry: its values of the index's fields, as mongo-java-server's sort finds
 * them, then its position. Entries are compared as its sort compares documents ({@link ValueComparator},
 * each field in its direction, a list by its least or greatest value), and equal ones in the order
 * the collection keeps their documents, which is the order a stable sort leaves them in. So the
 * index's order is the sort's, ties included ({@code ReadModelCollectionTest}).
 * <p>
 * The entries are made the first time a sort walks the index after the store opens, from the
 * documents, and kept from then on. Until then the index costs nothing: most non-unique indexes of
 * the read models serve MongoDB proper's filters and are never walked here, and what the map held
 * before is not trusted, since a release before this one changed the documents without it.
 */
final class SortedIndex extends Index<Object> {

    /** H2's map needs a value; the entry's key holds all there is. */
    private static final Boolean ENTRY = Boolean.TRUE;

    private final MVMap<KeyValue, Boolean> entries;
    /** Whether the entries are made and kept: from the first walk on. Changed under the collection's lock, as the documents are. */
    private boolean kept;

    SortedIndex(MVMap<KeyValue, Boolean> entries, String name, List<IndexKey> keys) {
        super(name, keys, false);
        this.entries = entries;
    }

    /**
     * Every document indexed, by fields of its own: a path into it could lead through a list of
     * documents, where MongoDB proper keeps a key for each.
     */
    static boolean canKeep(List<IndexKey> keys, boolean sparse) {
        return !sparse && keys.stream().allMatch(key -> ReadModelCollection.isFieldOfItsOwn(key.getKey()));
    }

    /** Its map's entries in the order of the keys, then of the documents' positions as {@code positions} orders them. */
    static MVMap.Builder<KeyValue, Boolean> map(List<IndexKey> keys, DataType<Object> positions) {
        return new MVMap.Builder<KeyValue, Boolean>().keyType(new EntryType(keys, positions));
    }

    /** Whether walking this index gives exactly the order {@code orderBy} asks for: the same fields, in the same directions. */
    boolean sorts(Document orderBy) {
        List<IndexKey> keys = getKeys();
        if (orderBy == null || !List.copyOf(orderBy.keySet()).equals(keys.stream().map(IndexKey::getKey).toList())) {
            return false;
        }
        return keys.stream().allMatch(key -> orderBy.get(key.getKey()) instanceof Number direction
                && (direction.intValue() > 0) == key.isAscending());
    }

    /** The positions of the collection's documents, in the index's order; its entries made from {@code documents} first if they are not kept yet. */
    Stream<Object> positionsInOrder(Supplier<Stream<DocumentWithPosition<Object>>> documents) {
        if (!kept) {
            entries.clear();
            documents.get().forEach(document -> entries.put(entryOf(document.getDocument(), document.getPosition()), ENTRY));
            kept = true;
        }
        Iterable<KeyValue> inOrder = () -> entries.keyIterator(null);
        return StreamSupport.stream(inOrder.spliterator(), false).map(entry -> Missing.ofNullable(entry.get(entry.size() - 1)));
    }

    private KeyValue entryOf(Document document, Object position) {
        List<Object> values = new ArrayList<>(getKeys().size() + 1);
        for (IndexKey key : getKeys()) {
            values.add(document.getOrMissing(key.getKey()));
        }
        values.add(position);
        // BSON has no missing value: a missing field sorts as null does, and the collection keeps a document without an id as Missing
        values.replaceAll(value -> value instanceof Missing ? null : value);
        return new KeyValue(values);
    }

    /** As the collection keeps it: mongo-java-server checks that every index removing a document gives the same. */
    private static Object positionOf(Document document) {
        return Missing.ofNullable(document.get(Constants.ID_FIELD));
    }

    @Override
    public Object getPosition(Document document) {
        // the collection's unique index of ids gives it
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // any values may repeat
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
        if (kept) {
            entries.put(entryOf(document, position), ENTRY);
        }
    }

    @Override
    public Object remove(Document document) {
        Object position = positionOf(document);
        if (kept) {
            entries.remove(entryOf(document, position));
        }
        return position;
    }

    @Override
    public boolean canHandle(Document query) {
        return false;
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
        throw new UnsupportedOperationException("a sorted index answers no query on its own");
    }

    @Override
    public long getCount() {
        return kept ? entries.sizeAsLong() : 0;
    }

    /** Never made from the documents when the collection meets it, as mongo-java-server makes an empty index: at its first walk. */
    @Override
    public boolean isEmpty() {
        return false;
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // any values may repeat
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position, MongoCollection<Object> collection) {
        if (!kept) {
            return;
        }
        KeyValue before = entryOf(oldDocument, position);
        KeyValue after = entryOf(newDocument, position);
        if (entries.getKeyType().compare(before, after) != 0) {
            entries.remove(before);
            entries.put(after, ENTRY);
        }
    }

    @Override
    public void drop() {
        entries.clear();
        kept = false;
    }

    /** Stored as {@link IndexKeyType} stores a unique index's keys; compared as a sort compares. */
    private static final class EntryType extends BasicDataType<KeyValue> {

        private final List<ValueComparator> directions;
        private final DataType<Object> positions;

        EntryType(List<IndexKey> keys, DataType<Object> positions) {
            this.directions = keys.stream().map(key -> key.isAscending() ? ValueComparator.asc() : ValueComparator.desc()).toList();
            this.positions = positions;
        }

        @Override
        public int compare(KeyValue one, KeyValue other) {
            for (int key = 0; key < directions.size(); key++) {
                int order = directions.get(key).compare(one.get(key), other.get(key));
                if (order != 0) {
                    return order;
                }
            }
            int last = directions.size();
            return positions.compare(Missing.ofNullable(one.get(last)), Missing.ofNullable(other.get(last)));
        }

        @Override
        public int getMemory(KeyValue entry) {
            return IndexKeyType.INSTANCE.getMemory(entry);
        }

        @Override
        public void write(WriteBuffer buffer, KeyValue entry) {
            IndexKeyType.INSTANCE.write(buffer, entry);
        }

        @Override
        public KeyValue read(ByteBuffer buffer) {
            return IndexKeyType.INSTANCE.read(buffer);
        }

        @Override
        public KeyValue[] createStorage(int size) {
            return new KeyValue[size];
        }
    }
}
