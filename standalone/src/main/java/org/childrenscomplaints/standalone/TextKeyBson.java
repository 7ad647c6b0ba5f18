package org.childrenscomplaints.standalone;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.WriteBuffer;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An index key of text values only (an id, a reference, an idempotency key: nearly every key the
 * read models hold) written and read as the BSON {@code {"k": ["text", ...]}}, byte for byte what
 * mongo-java-server's encoder writes and its decoder reads, without them. H2 writes every key of a
 * page again whenever one of them changes and reads them all whenever it loads the page, and
 * through mongo-java-server's encoder and decoder (a netty buffer, a document and a list for each
 * key) that was a fifth of a rebuild's CPU at 1,000,000 complaints (docs/benchmarks.md, tenth
 * round). MongoDB's own BSON library needs a writer or a reader per key, and took three times as long
 * as this (ADR 0011). BSON's layout for strings is fixed and small; any other key goes through
 * mongo-java-server ({@link IndexKeyType}).
 */
final class TextKeyBson {

    private static final byte DOCUMENT_END = 0;
    private static final byte ARRAY = 4;
    private static final byte STRING = 2;
    private static final byte NAME_END = 0;
    private static final byte[] VALUES_NAME = {'k'};

    private TextKeyBson() {
    }

    /** Writes {@code key} if every value of it is text; false, with nothing written, if not. */
    static boolean write(WriteBuffer buffer, KeyValue key) {
        int count = key.size();
        byte[][] texts = new byte[count][];
        byte[][] names = new byte[count][];
        int arraySize = Integer.BYTES + 1;
        for (int i = 0; i < count; i++) {
            if (!(key.get(i) instanceof String text)) {
                return false;
            }
            texts[i] = text.getBytes(StandardCharsets.UTF_8);
            // an array's elements are named by their place: "0", "1", ...
            names[i] = Integer.toString(i).getBytes(StandardCharsets.US_ASCII);
            arraySize += 1 + names[i].length + 1 + Integer.BYTES + texts[i].length + 1;
        }
        int documentSize = Integer.BYTES + 1 + VALUES_NAME.length + 1 + arraySize + 1;
        buffer.putInt(Integer.reverseBytes(documentSize)).put(ARRAY).put(VALUES_NAME).put(NAME_END)
                .putInt(Integer.reverseBytes(arraySize));
        for (int i = 0; i < count; i++) {
            buffer.put(STRING).put(names[i]).put(NAME_END).putInt(Integer.reverseBytes(texts[i].length + 1))
                    .put(texts[i]).put(DOCUMENT_END);
        }
        buffer.put(DOCUMENT_END).put(DOCUMENT_END);
        return true;
    }

    /**
     * The key of text values at the buffer's position, which is moved past it; null, with the position
     * left where it was, for any other key and for bytes that are not a whole BSON key of text (left to
     * mongo-java-server's decoder, which refuses them as before).
     */
    static KeyValue read(ByteBuffer buffer) {
        if (!buffer.hasArray() || buffer.remaining() < Integer.BYTES) {
            return null;
        }
        ByteBuffer bson = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        int documentSize = bson.getInt();
        if (documentSize < Integer.BYTES || documentSize > buffer.remaining()) {
            return null;
        }
        bson.limit(buffer.position() + documentSize);
        try {
            List<Object> values = texts(bson);
            if (values == null || values.isEmpty() || bson.get() != DOCUMENT_END || bson.hasRemaining()) {
                return null;
            }
            buffer.position(bson.limit());
            return new KeyValue(values);
        } catch (BufferUnderflowException notAWholeKey) {
            return null;
        }
    }

    /** The texts of the key's array, with the buffer moved past the array; null if the key holds anything else. */
    private static List<Object> texts(ByteBuffer bson) {
        if (bson.get() != ARRAY || bson.get() != VALUES_NAME[0] || bson.get() != NAME_END) {
            return null;
        }
        int arrayEnd = bson.position() + bson.getInt();
        if (arrayEnd <= bson.position() || arrayEnd > bson.limit()) {
            return null;
        }
        List<Object> values = new ArrayList<>(1);
        for (byte type = bson.get(); type != DOCUMENT_END; type = bson.get()) {
            if (type != STRING || !namedByItsPlace(bson, values.size())) {
                return null;
            }
            int size = bson.getInt();
            // the text and its closing zero, before the array's own
            if (size < 1 || size >= arrayEnd - bson.position() || bson.get(bson.position() + size - 1) != DOCUMENT_END) {
                return null;
            }
            values.add(new String(bson.array(), bson.arrayOffset() + bson.position(), size - 1, StandardCharsets.UTF_8));
            bson.position(bson.position() + size);
        }
        return bson.position() == arrayEnd ? values : null;
    }

    /** Whether the array element's name is its place, "0", "1", ..., as an array's must be (and unique). */
    private static boolean namedByItsPlace(ByteBuffer bson, int place) {
        String name = Integer.toString(place);
        for (int i = 0; i < name.length(); i++) {
            if (bson.get() != name.charAt(i)) {
                return false;
            }
        }
        return bson.get() == NAME_END;
    }
}
