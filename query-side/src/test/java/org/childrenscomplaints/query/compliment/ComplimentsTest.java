package org.childrenscomplaints.query.compliment;

import org.childrenscomplaints.api.compliment.ComplimentRecordedEvent;
import org.childrenscomplaints.api.compliment.ComplimentSource;
import org.childrenscomplaints.api.compliment.ComplimentView;
import org.childrenscomplaints.api.compliment.FindComplimentsQuery;
import org.childrenscomplaints.query.BatchedDocuments;
import org.childrenscomplaints.query.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Compliments on the embedded MongoDB: by period and team, each recorded once. */
class ComplimentsTest {

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final ComplimentProjection projection = new ComplimentProjection(mongo.template(),
            new BatchedDocuments(mongo.template()));
    private final ComplimentQueryHandler queries = new ComplimentQueryHandler(mongo.template());

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void complimentsAreFoundByPeriodAndTeamOldestFirstAndEachOnlyOnce() {
        ComplimentRecordedEvent march = compliment("CP-2019-0001", LocalDate.of(2020, 3, 31), "Early Help");
        ComplimentRecordedEvent april = compliment("CP-2020-0001", LocalDate.of(2020, 4, 1), "Court Team");
        ComplimentRecordedEvent may = compliment("CP-2020-0002", LocalDate.of(2020, 5, 1), "Early Help");
        projection.on(may);
        projection.on(march);
        projection.on(april);
        projection.on(april);

        assertThat(queries.handle(new FindComplimentsQuery(null, null, null))).extracting(ComplimentView::reference)
                .containsExactly("CP-2019-0001", "CP-2020-0001", "CP-2020-0002");
        assertThat(queries.handle(new FindComplimentsQuery(LocalDate.of(2020, 4, 1), LocalDate.of(2021, 3, 31), null)))
                .extracting(ComplimentView::reference).containsExactly("CP-2020-0001", "CP-2020-0002");
        assertThat(queries.handle(new FindComplimentsQuery(null, LocalDate.of(2020, 4, 30), "Early Help")))
                .extracting(ComplimentView::reference).containsExactly("CP-2019-0001");
    }

    private static ComplimentRecordedEvent compliment(String reference, LocalDate receivedOn, String team) {
        return new ComplimentRecordedEvent(UUID.nameUUIDFromBytes(reference.getBytes()), reference, receivedOn,
                "EARLY_HELP", team, ComplimentSource.EXTERNAL, "Thanks for the support over the summer");
    }
}
