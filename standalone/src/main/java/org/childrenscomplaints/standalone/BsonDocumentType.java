package org.childrenscomplaints.standalone;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The read models' documents stored in H2 as BSON, with mongo-java-server's own encoder and
 * decoder (the ones its wire protocol uses), instead of H2's default for objects it does not know:
 * Java serialization, which took half the CPU of a rebuild and most of a long query's. Every
 * document the store holds came in as BSON and goes out as BSON, so nothing is lost on the way; a
 * value the server made itself and BSON cannot hold (none of the read models' operations makes one)
 * would fail H2's write, which stops the store, so the failure names the document.
 */
final class BsonDocumentType extends BasicDataType<Document> {

    static final BsonDocumentType INSTANCE = new BsonDocumentType();

    /** H2 weighs pages by this to size its cache: a document in memory takes a map's overhead and about three times its BSON. */
    private static final int MEMORY_PER_DOCUMENT = 160;
    private static final int MEMORY_PER_BSON_BYTE = 3;

    private volatile int averageBsonSize = 512;

    private BsonDocumentType() {
    }

    @Override
    public int getMemory(Document document) {
        return MEMORY_PER_DOCUMENT + MEMORY_PER_BSON_BYTE * averageBsonSize;
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        ByteBuf bson;
        try {
            bson = encode(document, averageBsonSize);
        } catch (RuntimeException notBson) {
            throw new IllegalStateException("The read-model document " + document.get("_id") + " cannot be stored as BSON", notBson);
        }
        int size = bson.readableBytes();
        buffer.put(bson.array(), bson.arrayOffset() + bson.readerIndex(), size);
        // a racy running average: an update lost between threads only makes the estimate a little older
        averageBsonSize = (averageBsonSize * 15 + size) / 16;
    }

    @Override
    public Document read(ByteBuffer buffer) {
        return decode(buffer);
    }

    /** {@code document} as BSON, on the heap. */
    static ByteBuf encode(Document document, int expectedSize) {
        ByteBuf bson = Unpooled.buffer(expectedSize);
        BsonEncoder.encodeDocument(document, bson);
        return bson;
    }

    /** The BSON document that starts at the buffer's position, which is moved past it. */
    static Document decode(ByteBuffer buffer) {
        // a BSON document starts with its own length, little-endian
        int size = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt();
        ByteBuffer bson = buffer.slice();
        bson.limit(size);
        buffer.position(buffer.position() + size);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
