package org.childrenscomplaints.api.complaint;

import org.childrenscomplaints.api.personal.PersonalData;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** A complaint as it stands, without the complainant's personal details; staff names are {@link PersonalData}. */
public record ComplaintView(
        UUID id,
        String reference,
        Procedure procedure,
        Stage stage,
        CaseStatus status,
        LocalDate receivedOn,
        Channel channel,
        ComplainantRelationship complainantRelationship,
        String serviceArea,
        String team,
        List<String> issues,
        LocalDate acknowledgementDueOn,
        LocalDate acknowledgedOn,
        List<StageView> stages,
        List<Escalation> escalations,
        LocalDate closedOn,
        List<Learning> learning,
        OmbudsmanView ombudsmanDecision) {

    /**
     * One stage: who has it, what it waits for and by when, why it is late, how it was answered.
     * {@code waitingFor} is the stage's clock (at Stage 3: PANEL, then PANEL_REPORT, then RESPONSE).
     */
    public record StageView(Stage stage, LocalDate startedOn, ClockType waitingFor, LocalDate dueDate, boolean extended,
                            Allocation allocation, List<String> delayReasons, LocalDate panelHeldOn,
                            LocalDate panelReportReceivedOn, LocalDate respondedOn, Outcome outcome,
                            Map<String, Outcome> issueOutcomes) {

        public static StageView started(Stage stage, LocalDate startedOn, ClockType clock, LocalDate dueDate) {
            return new StageView(stage, startedOn, clock, dueDate, false, null, List.of(), null, null, null, null, Map.of());
        }

        public StageView dueOn(LocalDate newDueDate, boolean byExtension) {
            return new StageView(stage, startedOn, waitingFor, newDueDate, extended || byExtension, allocation,
                    delayReasons, panelHeldOn, panelReportReceivedOn, respondedOn, outcome, issueOutcomes);
        }

        public StageView allocatedTo(Allocation newAllocation) {
            return new StageView(stage, startedOn, waitingFor, dueDate, extended, newAllocation, delayReasons,
                    panelHeldOn, panelReportReceivedOn, respondedOn, outcome, issueOutcomes);
        }

        public StageView withDelayReason(String category) {
            List<String> reasons = new ArrayList<>(delayReasons);
            reasons.add(category);
            return new StageView(stage, startedOn, waitingFor, dueDate, extended, allocation, List.copyOf(reasons),
                    panelHeldOn, panelReportReceivedOn, respondedOn, outcome, issueOutcomes);
        }

        public StageView panelHeld(LocalDate heldOn, LocalDate reportDueOn) {
            return new StageView(stage, startedOn, ClockType.PANEL_REPORT, reportDueOn, false, allocation, delayReasons,
                    heldOn, panelReportReceivedOn, respondedOn, outcome, issueOutcomes);
        }

        public StageView panelReportReceived(LocalDate receivedOn, LocalDate responseDueOn) {
            return new StageView(stage, startedOn, ClockType.RESPONSE, responseDueOn, false, allocation, delayReasons,
                    panelHeldOn, receivedOn, respondedOn, outcome, issueOutcomes);
        }

        /** The stage no longer waits for anything (the case was closed, or went to the Ombudsman). */
        public StageView stopped() {
            return new StageView(stage, startedOn, null, dueDate, extended, allocation, delayReasons, panelHeldOn,
                    panelReportReceivedOn, respondedOn, outcome, issueOutcomes);
        }

        public StageView answered(LocalDate on, Outcome finding, Map<String, Outcome> findingsPerIssue) {
            return new StageView(stage, startedOn, null, dueDate, extended, allocation, delayReasons, panelHeldOn,
                    panelReportReceivedOn, on, finding, findingsPerIssue);
        }
    }

    /** What the council learnt, and how far its actions have got. */
    public record Learning(UUID learningId, LocalDate capturedOn, String category, String summary,
                           List<LearningActionView> actions) {
    }

    public record LearningActionView(String description, @PersonalData String owner, LocalDate dueDate, LocalDate completedOn) {
    }

    /** The Ombudsman's decision and how far the council has carried out its remedies. */
    public record OmbudsmanView(LocalDate decidedOn, OmbudsmanDecision decision, Boolean findingsAccepted,
                                Boolean publicReport, List<RemedyView> remedies) {
    }

    public record RemedyView(String description, LocalDate dueDate, LocalDate completedOn) {
    }

    /** The complainant asked for the next stage, or went to the Ombudsman; {@code acceptedLate} when past the window. */
    public record Escalation(Stage toStage, LocalDate requestedOn, boolean acceptedLate, String ombudsmanReference) {
    }

    /** The responding manager of a stage (a member of staff, named as the council's directory names them). */
    public record Allocation(String managerId, @PersonalData String managerName, String team) {
    }

    public ComplaintView withStage(Stage stageToChange, UnaryOperator<StageView> change) {
        return new ComplaintView(id, reference, procedure, stage, status, receivedOn, channel, complainantRelationship,
                serviceArea, team, issues, acknowledgementDueOn, acknowledgedOn,
                stages.stream().map(s -> s.stage() == stageToChange ? change.apply(s) : s).toList(), escalations, closedOn, learning, ombudsmanDecision);
    }

    public ComplaintView acknowledgedOn(LocalDate on) {
        return new ComplaintView(id, reference, procedure, stage, status, receivedOn, channel, complainantRelationship,
                serviceArea, team, issues, acknowledgementDueOn, on, stages, escalations, closedOn, learning, ombudsmanDecision);
    }

    public ComplaintView withStatus(CaseStatus newStatus) {
        return new ComplaintView(id, reference, procedure, stage, newStatus, receivedOn, channel, complainantRelationship,
                serviceArea, team, issues, acknowledgementDueOn, acknowledgedOn, stages, escalations, closedOn, learning, ombudsmanDecision);
    }

    /** Withdrawn or declined on {@code on}: no stage waits for anything any more. */
    public ComplaintView closed(CaseStatus closure, LocalDate on) {
        return new ComplaintView(id, reference, procedure, stage, closure, receivedOn, channel, complainantRelationship,
                serviceArea, team, issues, acknowledgementDueOn, acknowledgedOn,
                stages.stream().map(StageView::stopped).toList(), escalations, on, learning, ombudsmanDecision);
    }

    /** Under another procedure, with its due dates. */
    public ComplaintView reclassified(Procedure newProcedure, LocalDate newAcknowledgementDueOn) {
        return new ComplaintView(id, reference, newProcedure, stage, status, receivedOn, channel, complainantRelationship,
                serviceArea, team, issues, newAcknowledgementDueOn == null ? acknowledgementDueOn : newAcknowledgementDueOn,
                acknowledgedOn, stages, escalations, closedOn, learning, ombudsmanDecision);
    }

    public ComplaintView withLearning(UnaryOperator<List<Learning>> change) {
        return new ComplaintView(id, reference, procedure, stage, status, receivedOn, channel, complainantRelationship,
                serviceArea, team, issues, acknowledgementDueOn, acknowledgedOn, stages, escalations, closedOn,
                List.copyOf(change.apply(learning)), ombudsmanDecision);
    }

    public ComplaintView withOmbudsmanDecision(OmbudsmanView decision) {
        return new ComplaintView(id, reference, procedure, stage, status, receivedOn, channel, complainantRelationship,
                serviceArea, team, issues, acknowledgementDueOn, acknowledgedOn, stages, escalations, closedOn, learning,
                decision);
    }

    /** Moved on to {@code escalation.toStage()}: a new stage of the council's own, or the Ombudsman. */
    public ComplaintView escalated(Escalation escalation, StageView newStage) {
        List<Escalation> allEscalations = new ArrayList<>(escalations);
        allEscalations.add(escalation);
        // with the Ombudsman, the council's stages stop waiting
        List<StageView> allStages = new ArrayList<>(newStage == null ? stages.stream().map(StageView::stopped).toList() : stages);
        if (newStage != null) {
            allStages.add(newStage);
        }
        return new ComplaintView(id, reference, procedure, newStage == null ? stage : newStage.stage(),
                newStage == null ? CaseStatus.WITH_OMBUDSMAN : CaseStatus.OPEN, receivedOn, channel,
                complainantRelationship, serviceArea, team, issues, acknowledgementDueOn, acknowledgedOn,
                List.copyOf(allStages), List.copyOf(allEscalations), closedOn, learning, ombudsmanDecision);
    }
}
