package org.childrenscomplaints.query.complaint;

import org.childrenscomplaints.api.complaint.CaseStatus;
import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.ComplaintDeclinedEvent;
import org.childrenscomplaints.api.complaint.ComplaintEscalatedEvent;
import org.childrenscomplaints.api.complaint.ComplaintAcknowledgedEvent;
import org.childrenscomplaints.api.complaint.ComplaintAllocatedEvent;
import org.childrenscomplaints.api.complaint.ComplaintReceivedEvent;
import org.childrenscomplaints.api.complaint.ComplaintReclassifiedEvent;
import org.childrenscomplaints.api.complaint.ComplaintRespondedEvent;
import org.childrenscomplaints.api.complaint.ComplaintWithdrawnEvent;
import org.childrenscomplaints.api.complaint.ComplaintView;
import org.childrenscomplaints.api.complaint.ComplaintView.Allocation;
import org.childrenscomplaints.api.complaint.ComplaintView.Escalation;
import org.childrenscomplaints.api.complaint.ComplaintView.Learning;
import org.childrenscomplaints.api.complaint.ComplaintView.LearningActionView;
import org.childrenscomplaints.api.complaint.ComplaintView.OmbudsmanView;
import org.childrenscomplaints.api.complaint.ComplaintView.RemedyView;
import org.childrenscomplaints.api.complaint.ComplaintView.StageView;
import org.childrenscomplaints.api.complaint.DelayReasonRecordedEvent;
import org.childrenscomplaints.api.complaint.ExtensionAgreedEvent;
import org.childrenscomplaints.api.complaint.LearningActionCompletedEvent;
import org.childrenscomplaints.api.complaint.LearningCapturedEvent;
import org.childrenscomplaints.api.complaint.OmbudsmanDecisionRecordedEvent;
import org.childrenscomplaints.api.complaint.RemedyCompletedEvent;
import org.childrenscomplaints.api.complaint.PanelReportReceivedEvent;
import org.childrenscomplaints.api.complaint.ReviewPanelHeldEvent;
import org.childrenscomplaints.api.complaint.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** How each event changes the view of a case: pure functions of the view and the event. */
public final class CaseViews {

    private CaseViews() {
    }

    /** The view after {@code event}; events that do not change what the view shows (reminders) leave it as it is. */
    public static ComplaintView apply(ComplaintView view, Object event) {
        if (event instanceof ComplaintAcknowledgedEvent acknowledged) {
            return acknowledged(view, acknowledged);
        } else if (event instanceof ComplaintAllocatedEvent allocated) {
            return allocated(view, allocated);
        } else if (event instanceof ExtensionAgreedEvent extension) {
            return extended(view, extension);
        } else if (event instanceof DelayReasonRecordedEvent delayReason) {
            return delayReasonRecorded(view, delayReason);
        } else if (event instanceof ComplaintRespondedEvent response) {
            return responded(view, response);
        } else if (event instanceof ComplaintEscalatedEvent escalation) {
            return escalated(view, escalation);
        } else if (event instanceof ReviewPanelHeldEvent panel) {
            return panelHeld(view, panel);
        } else if (event instanceof PanelReportReceivedEvent report) {
            return panelReportReceived(view, report);
        } else if (event instanceof ComplaintWithdrawnEvent withdrawal) {
            return withdrawn(view, withdrawal);
        } else if (event instanceof ComplaintDeclinedEvent decline) {
            return declined(view, decline);
        } else if (event instanceof ComplaintReclassifiedEvent reclassification) {
            return reclassified(view, reclassification);
        } else if (event instanceof LearningCapturedEvent learning) {
            return learningCaptured(view, learning);
        } else if (event instanceof LearningActionCompletedEvent completion) {
            return learningActionCompleted(view, completion);
        } else if (event instanceof OmbudsmanDecisionRecordedEvent decision) {
            return ombudsmanDecided(view, decision);
        } else if (event instanceof RemedyCompletedEvent remedy) {
            return remedyCompleted(view, remedy);
        }
        return view;
    }

    /** The view of a case built from its events in order, the first being its receipt; empty if there are none. */
    static Optional<ComplaintView> fold(List<?> events) {
        if (events.isEmpty() || !(events.get(0) instanceof ComplaintReceivedEvent receipt)) {
            return Optional.empty();
        }
        ComplaintView view = received(receipt);
        for (Object event : events.subList(1, events.size())) {
            view = apply(view, event);
        }
        return Optional.of(view);
    }

    public static ComplaintView received(ComplaintReceivedEvent event) {
        return new ComplaintView(event.complaintId(), event.reference(), event.procedure(), Stage.STAGE_1,
                CaseStatus.OPEN, event.receivedOn(), event.channel(),
                event.complainant() == null ? null : event.complainant().relationship(), event.serviceArea(),
                event.team(), event.issues(), event.acknowledgementDueOn(), null,
                List.of(StageView.started(Stage.STAGE_1, event.receivedOn(), ClockType.RESPONSE,
                        event.stage1ResponseDueOn())), List.of(), null, List.of(), null);
    }

    private static ComplaintView acknowledged(ComplaintView view, ComplaintAcknowledgedEvent event) {
        return view.acknowledgedOn(event.acknowledgedOn())
                .withStage(Stage.STAGE_1, stage -> stage.dueOn(event.stage1ResponseDueOn(), false));
    }

    private static ComplaintView allocated(ComplaintView view, ComplaintAllocatedEvent event) {
        return view.withStage(event.stage(), stage -> stage.allocatedTo(
                new Allocation(event.managerId(), event.managerName(), event.team())));
    }

    private static ComplaintView extended(ComplaintView view, ExtensionAgreedEvent event) {
        return view.withStage(event.stage(), stage -> stage.dueOn(event.newDueDate(), true));
    }

    private static ComplaintView delayReasonRecorded(ComplaintView view, DelayReasonRecordedEvent event) {
        return view.withStage(event.stage(), stage -> stage.withDelayReason(event.category()));
    }

    private static ComplaintView escalated(ComplaintView view, ComplaintEscalatedEvent event) {
        Escalation escalation = new Escalation(event.toStage(), event.requestedOn(), event.lateRequestReason() != null,
                event.ombudsmanReference());
        StageView newStage = event.firstClock() == null ? null
                : StageView.started(event.toStage(), event.requestedOn(), event.firstClock(), event.firstClockDueOn());
        return view.escalated(escalation, newStage);
    }

    private static ComplaintView panelHeld(ComplaintView view, ReviewPanelHeldEvent event) {
        return view.withStage(Stage.STAGE_3, stage -> stage.panelHeld(event.heldOn(), event.reportDueOn()));
    }

    private static ComplaintView panelReportReceived(ComplaintView view, PanelReportReceivedEvent event) {
        return view.withStage(Stage.STAGE_3, stage -> stage.panelReportReceived(event.receivedOn(), event.responseDueOn()));
    }

    private static ComplaintView withdrawn(ComplaintView view, ComplaintWithdrawnEvent event) {
        return view.closed(CaseStatus.WITHDRAWN, event.withdrawnOn());
    }

    private static ComplaintView declined(ComplaintView view, ComplaintDeclinedEvent event) {
        return view.closed(CaseStatus.DECLINED, event.declinedOn());
    }

    private static ComplaintView reclassified(ComplaintView view, ComplaintReclassifiedEvent event) {
        return view.reclassified(event.to(), event.acknowledgementDueOn())
                .withStage(Stage.STAGE_1, stage -> stage.dueOn(event.stage1ResponseDueOn(), false));
    }

    private static ComplaintView learningCaptured(ComplaintView view, LearningCapturedEvent event) {
        Learning learning = new Learning(event.learningId(), event.capturedOn(), event.category(), event.summary(),
                event.actions().stream()
                        .map(action -> new LearningActionView(action.description(), action.owner(), action.dueDate(), null))
                        .toList());
        return view.withLearning(all -> Stream.concat(all.stream(), Stream.of(learning)).toList());
    }

    private static ComplaintView learningActionCompleted(ComplaintView view, LearningActionCompletedEvent event) {
        return view.withLearning(all -> all.stream()
                .map(learning -> learning.learningId().equals(event.learningId()) ? completed(learning, event) : learning)
                .toList());
    }

    private static Learning completed(Learning learning, LearningActionCompletedEvent event) {
        List<LearningActionView> actions = new ArrayList<>(learning.actions());
        LearningActionView action = actions.get(event.index());
        actions.set(event.index(), new LearningActionView(action.description(), action.owner(), action.dueDate(),
                event.completedOn()));
        return new Learning(learning.learningId(), learning.capturedOn(), learning.category(), learning.summary(),
                List.copyOf(actions));
    }

    private static ComplaintView ombudsmanDecided(ComplaintView view, OmbudsmanDecisionRecordedEvent event) {
        return view.withOmbudsmanDecision(new OmbudsmanView(event.decidedOn(), event.decision(), event.findingsAccepted(),
                event.publicReport(), event.remedies().stream()
                .map(remedy -> new RemedyView(remedy.description(), remedy.dueDate(), null)).toList()));
    }

    private static ComplaintView remedyCompleted(ComplaintView view, RemedyCompletedEvent event) {
        OmbudsmanView decision = view.ombudsmanDecision();
        List<RemedyView> remedies = new ArrayList<>(decision.remedies());
        RemedyView remedy = remedies.get(event.index());
        remedies.set(event.index(), new RemedyView(remedy.description(), remedy.dueDate(), event.completedOn()));
        return view.withOmbudsmanDecision(new OmbudsmanView(decision.decidedOn(), decision.decision(),
                decision.findingsAccepted(), decision.publicReport(), List.copyOf(remedies)));
    }

    private static ComplaintView responded(ComplaintView view, ComplaintRespondedEvent event) {
        return view.withStatus(CaseStatus.RESPONDED).withStage(event.stage(),
                stage -> stage.answered(event.respondedOn(), event.outcome(), event.issueOutcomes()));
    }
}
