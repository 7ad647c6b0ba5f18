package org.childrenscomplaints.standalone;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.buffer.ByteBuf;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The keys of the read models' unique indexes ({@code _id}, a case's reference, an idempotency key)
 * stored as BSON and compared as they are in memory. H2's default for objects it does not know is
 * Java serialization, and it compares two such keys by serializing both: every step down an index's
 * tree serialized two keys, which was 30 % of a rebuild's CPU and 15 % of an intake's (JFR). No
 * library offers an H2 type for mongo-java-server's keys, hence this one.
 * <p>
 * Two keys are the same key when their values, in order, are: strings, numbers and flags of the same
 * class and equal, anything else (a nested document, a list, an id, a date) with the same BSON. For
 * the keys the store holds (decoded from BSON, then normalized by mongo-java-server) that is when
 * H2 found them equal before ({@code IndexKeyTypeTest}). The order is otherwise arbitrary:
 * mongo-java-server looks keys up only for equality, and reads the whole index for anything else.
 */
final class IndexKeyType extends BasicDataType<KeyValue> {

    static final IndexKeyType INSTANCE = new IndexKeyType();

    /** Integers too: mongo-java-server makes stored keys' numbers doubles, but looks some queried values up as sent. */
    private static final List<Class<?>> COMPARED_BY_VALUE = List.of(String.class, Double.class, Long.class, Integer.class, Boolean.class);
    private static final int OTHER = 1 + COMPARED_BY_VALUE.size();
    private static final String VALUES = "k";
    /** H2 sizes its page cache by these: a key's object and list, and each value's object (a string's characters besides). */
    private static final int MEMORY_PER_KEY = 64;
    private static final int MEMORY_PER_VALUE = 48;

    private IndexKeyType() {
    }

    @Override
    public int compare(KeyValue one, KeyValue other) {
        int common = Math.min(one.size(), other.size());
        for (int i = 0; i < common; i++) {
            int values = compareValues(one.get(i), other.get(i));
            if (values != 0) {
                return values;
            }
        }
        return Integer.compare(one.size(), other.size());
    }

    @SuppressWarnings("unchecked")
    private static int compareValues(Object one, Object other) {
        int kind = kind(one);
        int kinds = Integer.compare(kind, kind(other));
        if (kinds != 0 || one == null) {
            return kinds;
        }
        if (kind < OTHER) {
            return ((Comparable<Object>) one).compareTo(other);
        }
        return Arrays.compare(bsonOf(one), bsonOf(other));
    }

    /** Null, then each class compared by value, then everything else, told apart by its BSON. */
    private static int kind(Object value) {
        if (value == null) {
            return 0;
        }
        int byValue = COMPARED_BY_VALUE.indexOf(value.getClass());
        return byValue >= 0 ? 1 + byValue : OTHER;
    }

    private static byte[] bsonOf(Object value) {
        ByteBuf bson = BsonDocumentType.encode(new Document(VALUES, value), 64);
        byte[] bytes = new byte[bson.readableBytes()];
        bson.readBytes(bytes);
        return bytes;
    }

    @Override
    public int getMemory(KeyValue key) {
        int memory = MEMORY_PER_KEY;
        for (Object value : key) {
            memory += MEMORY_PER_VALUE + (value instanceof String text ? text.length() : 0);
        }
        return memory;
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        if (TextKeyBson.write(buffer, key)) {
            return;
        }
        List<Object> values = new ArrayList<>(key.size());
        key.forEach(values::add);
        ByteBuf bson = BsonDocumentType.encode(new Document(VALUES, values), 64);
        buffer.put(bson.array(), bson.arrayOffset() + bson.readerIndex(), bson.readableBytes());
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        KeyValue text = TextKeyBson.read(buffer);
        if (text != null) {
            return text;
        }
        return new KeyValue((List<?>) BsonDocumentType.decode(buffer).get(VALUES));
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
