package org.childrenscomplaints.query.complaint;

import org.childrenscomplaints.api.complaint.CaseStatus;
import org.childrenscomplaints.api.complaint.ComplaintAcknowledgedEvent;
import org.childrenscomplaints.api.complaint.ComplaintAllocatedEvent;
import org.childrenscomplaints.api.complaint.ComplaintReceivedEvent;
import org.childrenscomplaints.api.complaint.ComplaintRespondedEvent;
import org.childrenscomplaints.api.complaint.ComplaintView;
import org.childrenscomplaints.api.complaint.ComplaintView.Allocation;
import org.childrenscomplaints.api.complaint.ComplaintView.StageView;
import org.childrenscomplaints.api.complaint.DelayReasonRecordedEvent;
import org.childrenscomplaints.api.complaint.ExtensionAgreedEvent;
import org.childrenscomplaints.api.complaint.Stage;

import java.util.List;

/**
 * How each event changes the view of a case: pure functions, so the same folding serves the live
 * read model and a case rebuilt from its events.
 */
final class CaseViews {

    private CaseViews() {
    }

    static ComplaintView received(ComplaintReceivedEvent event) {
        return new ComplaintView(event.complaintId(), event.reference(), event.procedure(), Stage.STAGE_1,
                CaseStatus.OPEN, event.receivedOn(), event.channel(),
                event.complainant() == null ? null : event.complainant().relationship(), event.serviceArea(),
                event.team(), event.issues(), event.acknowledgementDueOn(), null,
                List.of(StageView.started(Stage.STAGE_1, event.receivedOn(), event.stage1ResponseDueOn())));
    }

    static ComplaintView acknowledged(ComplaintView view, ComplaintAcknowledgedEvent event) {
        return view.acknowledgedOn(event.acknowledgedOn())
                .withStage(Stage.STAGE_1, stage -> stage.dueOn(event.stage1ResponseDueOn(), false));
    }

    static ComplaintView allocated(ComplaintView view, ComplaintAllocatedEvent event) {
        return view.withStage(event.stage(), stage -> stage.allocatedTo(
                new Allocation(event.managerId(), event.managerName(), event.team())));
    }

    static ComplaintView extended(ComplaintView view, ExtensionAgreedEvent event) {
        return view.withStage(event.stage(), stage -> stage.dueOn(event.newDueDate(), true));
    }

    static ComplaintView delayReasonRecorded(ComplaintView view, DelayReasonRecordedEvent event) {
        return view.withStage(event.stage(), stage -> stage.withDelayReason(event.category()));
    }

    static ComplaintView responded(ComplaintView view, ComplaintRespondedEvent event) {
        return view.withStatus(CaseStatus.RESPONDED).withStage(event.stage(),
                stage -> stage.answered(event.respondedOn(), event.outcome(), event.issueOutcomes()));
    }
}
