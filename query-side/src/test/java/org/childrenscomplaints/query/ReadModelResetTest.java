package org.childrenscomplaints.query;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A reset empties read models of any size batch by batch, and leaves their indexes. */
class ReadModelResetTest {

    @Document("reset_cases")
    record CaseDocument(@Id String id, String reference) {
    }

    @Document("reset_clocks")
    record ClockDocument(@Id String id) {
    }

    private final EmbeddedMongo mongo = new EmbeddedMongo();

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    @Timeout(60)
    void everyDocumentOfEveryCollectionNamedGoesAndTheIndexesStay() {
        int cases = ReadModelReset.BATCH * 2 + 500;
        mongo.template().indexOps(CaseDocument.class).createIndex(
                new Index("reference", Sort.Direction.ASC).unique());
        mongo.template().insertAll(IntStream.range(0, cases).mapToObj(n -> new CaseDocument("case-" + n, "ST-2019-" + n)).toList());
        mongo.template().insertAll(IntStream.range(0, 10).mapToObj(n -> new ClockDocument("clock-" + n)).toList());
        // an id that reads as an ObjectId, kept as text: Spring's mapping would have deleted an ObjectId instead
        mongo.template().getCollection("reset_clocks").insertOne(new org.bson.Document("_id", "5f8d0d55b54764421b7156c9"));

        ReadModelReset.empty(mongo.template(), CaseDocument.class, ClockDocument.class);

        assertThat(mongo.template().count(new Query(), CaseDocument.class)).isZero();
        assertThat(mongo.template().count(new Query(), ClockDocument.class)).isZero();
        mongo.template().insert(new CaseDocument("new", "ST-2019-1"));
        assertThatThrownBy(() -> mongo.template().insert(new CaseDocument("another", "ST-2019-1")))
                .isInstanceOf(DuplicateKeyException.class);
    }
}
