package org.childrenscomplaints.api.complaint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** A complaint as it stands, without the complainant's personal details. */
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
        List<StageView> stages) {

    /** One stage: who has it, when it is due, why it is late, how it was answered. */
    public record StageView(Stage stage, LocalDate startedOn, LocalDate dueDate, boolean extended, Allocation allocation,
                            List<String> delayReasons, LocalDate respondedOn, Outcome outcome,
                            Map<String, Outcome> issueOutcomes) {

        public static StageView started(Stage stage, LocalDate startedOn, LocalDate dueDate) {
            return new StageView(stage, startedOn, dueDate, false, null, List.of(), null, null, Map.of());
        }

        public StageView dueOn(LocalDate newDueDate, boolean byExtension) {
            return new StageView(stage, startedOn, newDueDate, extended || byExtension, allocation, delayReasons,
                    respondedOn, outcome, issueOutcomes);
        }

        public StageView allocatedTo(Allocation newAllocation) {
            return new StageView(stage, startedOn, dueDate, extended, newAllocation, delayReasons, respondedOn, outcome,
                    issueOutcomes);
        }

        public StageView withDelayReason(String category) {
            List<String> reasons = new ArrayList<>(delayReasons);
            reasons.add(category);
            return new StageView(stage, startedOn, dueDate, extended, allocation, List.copyOf(reasons), respondedOn,
                    outcome, issueOutcomes);
        }

        public StageView answered(LocalDate on, Outcome finding, Map<String, Outcome> findingsPerIssue) {
            return new StageView(stage, startedOn, dueDate, extended, allocation, delayReasons, on, finding,
                    findingsPerIssue);
        }
    }

    /** The responding manager of a stage (a member of staff, named as the council's directory names them). */
    public record Allocation(String managerId, String managerName, String team) {
    }

    public ComplaintView withStage(Stage stageToChange, UnaryOperator<StageView> change) {
        return new ComplaintView(id, reference, procedure, stage, status, receivedOn, channel, complainantRelationship,
                serviceArea, team, issues, acknowledgementDueOn, acknowledgedOn,
                stages.stream().map(s -> s.stage() == stageToChange ? change.apply(s) : s).toList());
    }

    public ComplaintView acknowledgedOn(LocalDate on) {
        return new ComplaintView(id, reference, procedure, stage, status, receivedOn, channel, complainantRelationship,
                serviceArea, team, issues, acknowledgementDueOn, on, stages);
    }

    public ComplaintView withStatus(CaseStatus newStatus) {
        return new ComplaintView(id, reference, procedure, stage, newStatus, receivedOn, channel, complainantRelationship,
                serviceArea, team, issues, acknowledgementDueOn, acknowledgedOn, stages);
    }
}
