package org.childrenscomplaints.standalone;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.buffer.ByteBuf;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.h2.mvstore.WriteBuffer;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Keys of text, written and read by hand: the same bytes and the same keys as through mongo-java-server's BSON. */
class TextKeyBsonTest {

    private static final int AFTER_THE_KEY = 1;

    @Property(tries = 1_000)
    void aKeyOfTextIsWrittenAsMongoJavaServerWritesIt(@ForAll("textKeys") List<String> values) {
        WriteBuffer buffer = new WriteBuffer();

        assertThat(TextKeyBson.write(buffer, new KeyValue(values))).isTrue();

        assertThat(written(buffer)).isEqualTo(mongoJavaServersBson(values));
    }

    @Property(tries = 1_000)
    void aKeyOfTextIsReadAsMongoJavaServerReadsIt(@ForAll("textKeys") List<String> values) {
        ByteBuffer bson = withinAPage(mongoJavaServersBson(values));
        Document expected = BsonDocumentType.decode(bson.duplicate());

        KeyValue read = TextKeyBson.read(bson);

        assertThat(read).isEqualTo(new KeyValue((List<?>) expected.get("k")));
        assertThat(bson.remaining()).as("moved past the key alone").isEqualTo(AFTER_THE_KEY);
    }

    /** A page damaged on disk: what is read by hand is what mongo-java-server reads, and anything else is left to it. */
    @Property(tries = 2_000)
    void damagedBytesAreReadAsMongoJavaServerReadsThemOrLeftToIt(@ForAll("textKeys") List<String> values,
                                                                  @ForAll int place, @ForAll byte value, @ForAll boolean cut) {
        byte[] bson = mongoJavaServersBson(values);
        int at = Math.floorMod(place, bson.length);
        byte[] damaged = cut ? Arrays.copyOf(bson, at) : bson.clone();
        if (!cut) {
            damaged[at] = value;
        }
        ByteBuffer page = withinAPage(damaged);
        int start = page.position();

        KeyValue read = TextKeyBson.read(page);

        if (read == null) {
            assertThat(page.position()).as("nothing read").isEqualTo(start);
        } else {
            ByteBuffer again = withinAPage(damaged);
            assertThat(read).isEqualTo(new KeyValue((List<?>) BsonDocumentType.decode(again).get("k")));
            assertThat(page.position()).isEqualTo(again.position());
        }
    }

    /** Found by the property above: a damaged name made two elements of one name, which mongo-java-server refuses. */
    @Example
    void anArrayWhoseElementsAreNotNamedByTheirPlaceIsLeftToMongoJavaServer() {
        byte[] bson = mongoJavaServersBson(List.of("a", "b"));
        // {"k": {"0": "a", "1": "b"}}: the second element's name is the byte after "a" and its zero, type and "0"
        int secondName = Integer.BYTES + 3 + Integer.BYTES + 3 + Integer.BYTES + 2 + 1;
        assertThat((char) bson[secondName]).isEqualTo('1');
        bson[secondName] = '0';
        ByteBuffer page = withinAPage(bson);
        int start = page.position();

        assertThat(TextKeyBson.read(page)).isNull();
        assertThat(page.position()).isEqualTo(start);
    }

    @Property(tries = 100)
    void aBufferOutsideTheHeapIsLeftToMongoJavaServer(@ForAll("textKeys") List<String> values) {
        byte[] bson = mongoJavaServersBson(values);
        ByteBuffer direct = ByteBuffer.allocateDirect(bson.length).put(bson).flip();

        assertThat(TextKeyBson.read(direct)).isNull();
        assertThat(direct.position()).isZero();
    }

    @Property(tries = 300)
    void anyOtherKeyIsLeftToMongoJavaServer(@ForAll("mixedKeys") List<Object> values) {
        WriteBuffer buffer = new WriteBuffer();
        ByteBuffer bson = ByteBuffer.wrap(mongoJavaServersBson(values));

        assertThat(TextKeyBson.write(buffer, new KeyValue(values))).isFalse();
        assertThat(buffer.position()).as("nothing written").isZero();
        assertThat(TextKeyBson.read(bson)).isNull();
        assertThat(bson.position()).as("nothing read").isZero();
    }

    @Provide
    Arbitrary<List<String>> textKeys() {
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.create(() -> UUID.randomUUID().toString()), Arbitraries.of("", "CO-2026-0001", "Ü ñ ✓ 👩‍👧", "a\u0000b"));
        return text.list().ofMinSize(1).ofMaxSize(12);
    }

    /** At least one value that is not text, among text. */
    @Provide
    Arbitrary<List<Object>> mixedKeys() {
        Arbitrary<Object> other = Arbitraries.of(1.0, 2L, 3, true, new Document("segment", 0.0), List.of("x")).map(Object.class::cast);
        return Arbitraries.strings().ofMaxLength(10).map(Object.class::cast).list().ofMaxSize(4)
                .flatMap(text -> other.flatMap(value -> Arbitraries.integers().between(0, text.size()).map(place -> {
                    List<Object> values = new ArrayList<>(text);
                    values.add(place, value);
                    return values;
                })));
    }

    private static byte[] mongoJavaServersBson(List<?> values) {
        ByteBuf bson = BsonDocumentType.encode(new Document("k", values), 64);
        byte[] bytes = new byte[bson.readableBytes()];
        bson.readBytes(bytes);
        return bytes;
    }

    private static byte[] written(WriteBuffer buffer) {
        ByteBuffer written = buffer.getBuffer().flip();
        byte[] bytes = new byte[written.remaining()];
        written.get(bytes);
        return bytes;
    }

    /** The key among a page's other bytes, in a buffer that starts inside its array: the read must keep to the key. */
    private static ByteBuffer withinAPage(byte[] bson) {
        byte[] page = new byte[2 + bson.length + AFTER_THE_KEY];
        System.arraycopy(bson, 0, page, 2, bson.length);
        page[0] = 9;
        page[1] = 9;
        page[2 + bson.length] = 7;
        return ByteBuffer.wrap(page).position(1).slice().position(1);
    }
}
