package org.childrenscomplaints.query.complaint;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.childrenscomplaints.api.complaint.ComplaintAcknowledgedEvent;
import org.childrenscomplaints.api.complaint.ComplaintAllocatedEvent;
import org.childrenscomplaints.api.complaint.ComplaintDeclinedEvent;
import org.childrenscomplaints.api.complaint.ComplaintEscalatedEvent;
import org.childrenscomplaints.api.complaint.ComplaintReceivedEvent;
import org.childrenscomplaints.api.complaint.ComplaintReclassifiedEvent;
import org.childrenscomplaints.api.complaint.ComplaintRespondedEvent;
import org.childrenscomplaints.api.complaint.ComplaintWithdrawnEvent;
import org.childrenscomplaints.api.complaint.ComplaintView;
import org.childrenscomplaints.api.complaint.DelayReasonRecordedEvent;
import org.childrenscomplaints.api.complaint.ExtensionAgreedEvent;
import org.childrenscomplaints.api.complaint.LearningActionCompletedEvent;
import org.childrenscomplaints.api.complaint.LearningCapturedEvent;
import org.childrenscomplaints.api.complaint.OmbudsmanDecisionRecordedEvent;
import org.childrenscomplaints.api.complaint.RemedyCompletedEvent;
import org.childrenscomplaints.api.complaint.PanelReportReceivedEvent;
import org.childrenscomplaints.api.complaint.ReviewPanelHeldEvent;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.UUID;
import java.util.function.UnaryOperator;

/** Keeps {@code complaint_cases}: each case as it stands, changed event by event, each event once. */
@Component
@ProcessingGroup("complaint-cases")
public class ComplaintCaseProjection {

    private final MongoTemplate mongo;

    public ComplaintCaseProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ComplaintReceivedEvent event, @SequenceNumber long sequence) {
        String id = event.complaintId().toString();
        // the first event of a case: seen again, the case may already have moved on from it
        if (mongo.findById(id, ComplaintCaseDocument.class) == null) {
            mongo.insert(new ComplaintCaseDocument(id, event.reference(), sequence, CaseViews.received(event)));
        }
    }

    @EventHandler
    void on(ComplaintAcknowledgedEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, view -> CaseViews.acknowledged(view, event));
    }

    @EventHandler
    void on(ComplaintAllocatedEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, view -> CaseViews.allocated(view, event));
    }

    @EventHandler
    void on(ExtensionAgreedEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, view -> CaseViews.extended(view, event));
    }

    @EventHandler
    void on(DelayReasonRecordedEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, view -> CaseViews.delayReasonRecorded(view, event));
    }

    @EventHandler
    void on(ComplaintRespondedEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, view -> CaseViews.responded(view, event));
    }

    @EventHandler
    void on(ComplaintEscalatedEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, view -> CaseViews.escalated(view, event));
    }

    @EventHandler
    void on(ReviewPanelHeldEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, view -> CaseViews.panelHeld(view, event));
    }

    @EventHandler
    void on(PanelReportReceivedEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, view -> CaseViews.panelReportReceived(view, event));
    }

    @EventHandler
    void on(ComplaintWithdrawnEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, view -> CaseViews.withdrawn(view, event));
    }

    @EventHandler
    void on(ComplaintDeclinedEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, view -> CaseViews.declined(view, event));
    }

    @EventHandler
    void on(ComplaintReclassifiedEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, view -> CaseViews.reclassified(view, event));
    }

    @EventHandler
    void on(LearningCapturedEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, view -> CaseViews.learningCaptured(view, event));
    }

    @EventHandler
    void on(LearningActionCompletedEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, view -> CaseViews.learningActionCompleted(view, event));
    }

    @EventHandler
    void on(OmbudsmanDecisionRecordedEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, view -> CaseViews.ombudsmanDecided(view, event));
    }

    @EventHandler
    void on(RemedyCompletedEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, view -> CaseViews.remedyCompleted(view, event));
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), ComplaintCaseDocument.class);
    }

    /** Events of one case reach this projection in order, one at a time, so reading and writing back is safe. */
    private void change(UUID caseId, long sequence, UnaryOperator<ComplaintView> change) {
        ComplaintCaseDocument current = mongo.findById(caseId.toString(), ComplaintCaseDocument.class);
        if (current == null || sequence <= current.lastEventSequence()) {
            return;
        }
        mongo.save(new ComplaintCaseDocument(current.id(), current.reference(), sequence, change.apply(current.view())));
    }
}
