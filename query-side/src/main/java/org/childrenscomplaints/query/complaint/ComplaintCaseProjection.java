package org.childrenscomplaints.query.complaint;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.SourceId;
import org.childrenscomplaints.api.complaint.ComplaintReceivedEvent;
import org.childrenscomplaints.api.complaint.ComplaintView;
import org.childrenscomplaints.query.BatchedDocuments;
import org.childrenscomplaints.query.ReadModelProjection;
import org.childrenscomplaints.query.ReadModelReset;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.function.UnaryOperator;

/** Keeps {@code complaint_cases}: each case as it stands, changed event by event, each event once. */
@Component
@ProcessingGroup("complaint-cases")
public class ComplaintCaseProjection implements ReadModelProjection {

    private final MongoTemplate mongo;
    private final BatchedDocuments cases;

    public ComplaintCaseProjection(MongoTemplate mongo, BatchedDocuments cases) {
        this.mongo = mongo;
        this.cases = cases;
    }

    @EventHandler
    void on(ComplaintReceivedEvent event, @SequenceNumber long sequence) {
        String id = event.complaintId().toString();
        // the first event of a case: seen again, the case may already have moved on from it
        if (cases.findById(id, ComplaintCaseDocument.class) == null) {
            cases.save(id, new ComplaintCaseDocument(id, event.reference(), sequence, CaseViews.received(event)));
        }
    }

    /** Every later event of a case, whatever its type: {@link CaseViews} knows which change the view. */
    @EventHandler
    void on(Object event, @SourceId String caseId, @SequenceNumber long sequence) {
        change(caseId, sequence, view -> CaseViews.apply(view, event));
    }

    @ResetHandler
    void reset() {
        ReadModelReset.empty(mongo, ComplaintCaseDocument.class);
    }

    /**
     * Events of one case reach this projection in order, one at a time, so reading and writing back is safe.
     * Events of other aggregates (comments, compliments, reference series) find no case here and change nothing.
     */
    private void change(String caseId, long sequence, UnaryOperator<ComplaintView> change) {
        ComplaintCaseDocument current = cases.findById(caseId, ComplaintCaseDocument.class);
        if (current == null || sequence <= current.lastEventSequence()) {
            return;
        }
        cases.save(caseId, new ComplaintCaseDocument(current.id(), current.reference(), sequence, change.apply(current.view())));
    }
}
