package org.childrenscomplaints.query;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.ResultMessage;
import org.childrenscomplaints.api.complaint.ComplaintAcknowledgedEvent;
import org.childrenscomplaints.api.complaint.ComplaintReceivedEvent;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.query.complaint.ComplaintCaseDocument;
import org.childrenscomplaints.query.complaint.ComplaintCaseProjection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childrenscomplaints.query.ProcessorBatches.event;

/** A projection's documents in a processor's batch: written once the batch is through, or not at all. */
class BatchedDocumentsTest {

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final BatchedDocuments documents = new BatchedDocuments(mongo.template());
    private final AnnotationEventHandlerAdapter projection =
            new AnnotationEventHandlerAdapter(new ComplaintCaseProjection(mongo.template(), documents));

    private final ComplaintReceivedEvent first = TestEvents.received("ST-2026-0001", Procedure.STATUTORY, "CIC", "Team A",
            LocalDate.of(2026, 4, 9), LocalDate.of(2026, 4, 20));
    private final ComplaintReceivedEvent second = TestEvents.received("ST-2026-0002", Procedure.STATUTORY, "CIC", "Team A",
            LocalDate.of(2026, 4, 9), LocalDate.of(2026, 4, 20));
    private final List<EventMessage<?>> batch = List.of(
            event(first.complaintId().toString(), 0, first),
            event(second.complaintId().toString(), 0, second),
            event(first.complaintId().toString(), 1, new ComplaintAcknowledgedEvent(first.complaintId(), LocalDate.of(2026, 4, 7),
                    LocalDate.of(2026, 4, 28))));

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void theBatchsCasesAreWrittenOnceItsLastEventIsHandledAndNotBefore() {
        List<Long> casesStoredBeforeEachEvent = new ArrayList<>();

        ResultMessage<?> result = process(batch, message -> casesStoredBeforeEachEvent.add(casesStored()));

        assertThat(result.isExceptional()).isFalse();
        assertThat(casesStoredBeforeEachEvent).containsExactly(0L, 0L, 0L);
        assertThat(stored(first).lastEventSequence()).isEqualTo(1);
        assertThat(stored(first).view().acknowledgedOn()).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(stored(second).lastEventSequence()).isZero();
    }

    @Test
    void aBatchThatFailsPartWayWritesNothingAndItsRedeliveryWritesWhatOneRunWould() {
        ResultMessage<?> failed = process(batch, message -> {
            if (message == batch.get(2)) {
                throw new IllegalStateException("the read model's database went away");
            }
        });

        assertThat(failed.isExceptional()).isTrue();
        assertThat(casesStored()).isZero();

        process(batch, message -> { });
        assertThat(casesStored()).isEqualTo(2);
        assertThat(stored(first).lastEventSequence()).isEqualTo(1);
    }

    @Test
    void changesGatheredInABatchAreWrittenBeforeItsDocumentsAndFollowedUpAfterThemAndAFailureThereWritesNoDocument() {
        List<Long> casesStoredWhenGatheredWritten = new ArrayList<>();
        List<Long> casesStoredOnceDocumentsWritten = new ArrayList<>();
        ResultMessage<?> result = process(batch, message -> documents.gather(StringBuilder.class, StringBuilder::new,
                changes -> changes.append(message.getIdentifier()),
                changes -> casesStoredWhenGatheredWritten.add(casesStored()),
                changes -> casesStoredOnceDocumentsWritten.add(casesStored())));

        assertThat(result.isExceptional()).isFalse();
        assertThat(casesStoredWhenGatheredWritten).containsExactly(0L);
        assertThat(casesStoredOnceDocumentsWritten).containsExactly(2L);
        assertThat(casesStored()).isEqualTo(2);

        mongo.template().dropCollection("complaint_cases");
        ResultMessage<?> failed = process(batch, message -> documents.gather(StringBuilder.class, StringBuilder::new,
                changes -> changes.append(message.getIdentifier()), changes -> {
                    throw new IllegalStateException("the counts could not be written");
                }, changes -> casesStoredOnceDocumentsWritten.add(casesStored())));

        assertThat(failed.isExceptional()).isTrue();
        assertThat(casesStored()).isZero();
        assertThat(casesStoredOnceDocumentsWritten).as("nothing after a failed write").containsExactly(2L);
    }

    @Test
    void aDocumentRemovedInABatchIsGoneOnceWrittenAndOneAddedAndRemovedInTheSameBatchIsNeverWritten() {
        process(batch.subList(0, 2), message -> { });
        String stored = first.complaintId().toString();

        process(List.of(batch.get(2)), message -> {
            documents.save("passing", new ComplaintCaseDocument("passing", "CO-2026-0009", 0, null));
            documents.remove("passing", ComplaintCaseDocument.class);
            documents.remove(stored, ComplaintCaseDocument.class);
        });

        assertThat(mongo.template().findById(stored, ComplaintCaseDocument.class)).isNull();
        assertThat(mongo.template().findById("passing", ComplaintCaseDocument.class)).isNull();
        assertThat(casesStored()).isEqualTo(1);
    }

    @Test
    void outsideABatchEachSaveIsWrittenAtOnce() throws Exception {
        projection.handle(batch.get(0));

        assertThat(casesStored()).isEqualTo(1);
    }

    private ResultMessage<?> process(List<EventMessage<?>> events, Consumer<EventMessage<?>> beforeEachEvent) {
        return ProcessorBatches.process(documents, projection, events, beforeEachEvent);
    }

    private long casesStored() {
        return mongo.template().getCollection("complaint_cases").countDocuments();
    }

    private ComplaintCaseDocument stored(ComplaintReceivedEvent received) {
        return mongo.template().findById(received.complaintId().toString(), ComplaintCaseDocument.class);
    }
}
