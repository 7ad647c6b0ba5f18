package org.childrenscomplaints.standalone;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The unique indexes' keys: the same keys as before they were stored as BSON, in an order H2's trees can rely on. */
class IndexKeyTypeTest {

    private static final IndexKeyType KEYS = IndexKeyType.INSTANCE;
    /** H2's type for the keys before: they were the same key exactly when it compared them equal. */
    private static final ObjectDataType JAVA_SERIALIZED = new ObjectDataType();

    @Property(tries = 2_000)
    void twoKeysAreTheSameExactlyWhenTheyWereBefore(@ForAll("keys") KeyValue one, @ForAll("keys") KeyValue other) {
        assertThat(KEYS.compare(one, other) == 0).isEqualTo(JAVA_SERIALIZED.compare(one, other) == 0);
        assertThat(KEYS.compare(one, copyOf(one))).isZero();
    }

    @Property(tries = 2_000)
    void theOrderIsTotal(@ForAll("keys") KeyValue a, @ForAll("keys") KeyValue b, @ForAll("keys") KeyValue c) {
        assertThat(Integer.signum(KEYS.compare(a, b))).isEqualTo(-Integer.signum(KEYS.compare(b, a)));
        if (KEYS.compare(a, b) <= 0 && KEYS.compare(b, c) <= 0) {
            assertThat(KEYS.compare(a, c)).isLessThanOrEqualTo(0);
        }
    }

    @Property(tries = 500)
    void keysAreReadBackAsTheyWereWritten(@ForAll("keys") KeyValue one, @ForAll("keys") KeyValue next) {
        WriteBuffer buffer = new WriteBuffer();
        KEYS.write(buffer, one);
        KEYS.write(buffer, next);
        ByteBuffer written = buffer.getBuffer().flip();
        for (KeyValue key : List.of(one, next)) {
            KeyValue read = KEYS.read(written);
            assertThat(read).isEqualTo(key);
            assertThat(KEYS.compare(read, key)).as("the same values, of the same classes").isZero();
        }
        assertThat(written.hasRemaining()).isFalse();
    }

    /** Keys as the read models' indexes hold them, often alike, so that equal and nearly equal keys meet. */
    @Provide
    Arbitrary<KeyValue> keys() {
        Arbitrary<Object> text = Arbitraries.of("CO-2026-0001", "CO-2026-0002", "tracker", "", "Ü ñ ✓").map(Object.class::cast);
        Arbitrary<Object> number = Arbitraries.of(0.0, 1.0, 2.5, -1.0).map(Object.class::cast);
        Arbitrary<Object> whole = Arbitraries.of(1L, 2L, 9_007_199_254_740_993L, 1, 2).map(Object.class::cast);
        Arbitrary<Object> flag = Arbitraries.of(true, false).map(Object.class::cast);
        Arbitrary<Object> other = Arbitraries.of(
                new Document("segment", 0.0), new Document("segment", 1.0),
                new Document("a", 1.0).append("b", 2.0), new Document("b", 2.0).append("a", 1.0),
                List.of("x", "y"), List.of("y", "x"), List.of(1.0),
                new ObjectId("64b7f0c2a1b2c3d4e5f60718"), new ObjectId("64b7f0c2a1b2c3d4e5f60719"),
                UUID.fromString("0b6f3c2e-4d0a-4c55-9a55-1f6a2b3c4d5e"), Instant.ofEpochMilli(1_790_000_000_000L));
        Arbitrary<Object> value = Arbitraries.oneOf(text, number, whole, flag, other, Arbitraries.just(null));
        return value.list().ofMinSize(1).ofMaxSize(3).map(KeyValue::new);
    }

    private static KeyValue copyOf(KeyValue key) {
        List<Object> values = new ArrayList<>();
        key.forEach(values::add);
        return new KeyValue(values);
    }
}
