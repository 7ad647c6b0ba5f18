package org.childrenscomplaints.command.complaint;

import org.axonframework.deadline.DeadlineManager;
import org.childrenscomplaints.api.CaseRegistration;
import org.childrenscomplaints.api.complaint.AcknowledgeComplaintCommand;
import org.childrenscomplaints.api.complaint.AgreeExtensionCommand;
import org.childrenscomplaints.api.complaint.AllocateComplaintCommand;
import org.childrenscomplaints.api.complaint.CaptureLearningCommand;
import org.childrenscomplaints.api.complaint.DelayReason;
import org.childrenscomplaints.api.complaint.EscalateComplaintCommand;
import org.childrenscomplaints.api.complaint.LearningAction;
import org.childrenscomplaints.api.complaint.Outcome;
import org.childrenscomplaints.api.complaint.RecordDelayReasonCommand;
import org.childrenscomplaints.api.complaint.RecordOmbudsmanDecisionCommand;
import org.childrenscomplaints.api.complaint.RecordReviewPanelCommand;
import org.childrenscomplaints.api.complaint.RegisterComplaintCommand;
import org.childrenscomplaints.api.complaint.RespondToComplaintCommand;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.api.complaint.WithdrawComplaintCommand;
import org.childrenscomplaints.api.imports.ImportComplaintCommand;
import org.childrenscomplaints.api.imports.ImportedProgress;
import org.childrenscomplaints.api.imports.ImportedStage;
import org.childrenscomplaints.command.imports.RowSteps;
import org.childrenscomplaints.command.policy.ComplaintRules;
import org.childrenscomplaints.command.reference.ReferenceNumbering;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static org.childrenscomplaints.command.imports.ImportColumns.*;
import static org.childrenscomplaints.command.rejection.CommandRejectedException.ruleBroken;

/**
 * A complaint from a council's spreadsheet replayed through the Complaint's own handlers, as the
 * officer would have sent each command, in date order. Everything happens inside the import command's
 * unit of work: when one step is refused, none of the row's events is stored.
 */
final class ComplaintImport {

    private final Complaint complaint;
    private final UUID id;
    private final ImportedProgress row;
    private final ComplaintRules rules;
    private final DeadlineManager deadlines;
    /** The row's delay reasons until a late stage takes them. */
    private List<String> unplacedDelayReasons;

    ComplaintImport(Complaint complaint, ImportComplaintCommand command, ComplaintRules rules, DeadlineManager deadlines) {
        this.complaint = complaint;
        this.id = command.complaintId();
        this.row = command.progress();
        this.rules = rules;
        this.deadlines = deadlines;
        this.unplacedDelayReasons = row.delayReasons();
    }

    private static final Map<String, String> REGISTRATION_COLUMNS = Map.ofEntries(
            Map.entry("procedure", PROCEDURE), Map.entry("receivedOn", RECEIVED_ON), Map.entry("channel", CHANNEL),
            Map.entry("complainant", COMPLAINANT_RELATIONSHIP), Map.entry("serviceArea", SERVICE_AREA),
            Map.entry("team", TEAM), Map.entry("issues", ISSUES), Map.entry("summary", SUMMARY),
            Map.entry("matterOccurredOn", MATTER_OCCURRED_ON), Map.entry("reference", REFERENCE),
            Map.entry("lateAcceptanceReason", LATE_ACCEPTANCE_REASON),
            Map.entry("sufficientInterestReason", SUFFICIENT_INTEREST_REASON));

    CaseRegistration replay(RegisterComplaintCommand registration, ReferenceNumbering numbering) {
        CaseRegistration registered = RowSteps.call("", REGISTRATION_COLUMNS,
                () -> complaint.handle(registration, rules, numbering, deadlines));
        replayProgress(registration.receivedOn());
        return registered;
    }

    /** Everything after the registration. */
    private void replayProgress(LocalDate receivedOn) {
        RowSteps steps = new RowSteps();
        if (row.allocatedTo() != null) {
            steps.add(receivedOn, ALLOCATED_TO, Map.of("managerId", ALLOCATED_TO), () -> complaint.allocate(
                    new AllocateComplaintCommand(id, row.allocatedTo(), null, null, null), Provenance.IMPORT));
        }
        steps.add(row.acknowledgedOn(), ACKNOWLEDGED_ON, Map.of("acknowledgedOn", ACKNOWLEDGED_ON), () -> complaint.handle(
                new AcknowledgeComplaintCommand(id, row.acknowledgedOn()), rules, deadlines));
        steps.add(row.extensionAgreedOn(), EXTENSION_AGREED_ON,
                Map.of("agreedOn", EXTENSION_AGREED_ON, "newDueDate", EXTENDED_DUE_DATE), () -> complaint.handle(
                        new AgreeExtensionCommand(id, row.extensionAgreedOn(), row.extendedDueDate(), null), rules, deadlines));
        addResponse(steps, STAGE1_RESPONDED_ON, STAGE1_OUTCOME, row.stage1());
        addRequest(steps, Stage.STAGE_2, STAGE2_REQUESTED_ON, row.stage2());
        addResponse(steps, STAGE2_RESPONDED_ON, STAGE2_OUTCOME, row.stage2());
        addRequest(steps, Stage.STAGE_3, STAGE3_REQUESTED_ON, row.stage3());
        LocalDate heldOn = row.stage3PanelHeldOn();
        // the spreadsheet has no date for the panel's report: a Stage 3 it shows answered had the report by the panel's day
        LocalDate reportReceivedOn = row.stage3().respondedOn() == null ? null : heldOn;
        steps.add(heldOn, STAGE3_PANEL_HELD_ON, Map.of("heldOn", STAGE3_PANEL_HELD_ON, "reportReceivedOn",
                STAGE3_PANEL_HELD_ON), () -> complaint.handle(new RecordReviewPanelCommand(id, heldOn, reportReceivedOn),
                rules, deadlines));
        addResponse(steps, STAGE3_RESPONDED_ON, STAGE3_OUTCOME, row.stage3());
        addLearning(steps, receivedOn);
        steps.add(row.ombudsmanRequestedOn(), OMBUDSMAN_REQUESTED_ON, Map.of("requestedOn", OMBUDSMAN_REQUESTED_ON),
                () -> complaint.escalate(new EscalateComplaintCommand(id, Stage.OMBUDSMAN, row.ombudsmanRequestedOn(),
                        null, null), rules, deadlines, Provenance.IMPORT));
        steps.add(row.ombudsmanDecidedOn(), OMBUDSMAN_DECIDED_ON,
                Map.of("decidedOn", OMBUDSMAN_DECIDED_ON, "decision", OMBUDSMAN_DECISION),
                () -> complaint.ombudsman.handle(new RecordOmbudsmanDecisionCommand(id, row.ombudsmanDecidedOn(),
                        row.ombudsmanDecision(), null, null, List.of()), rules));
        steps.add(row.withdrawnOn(), WITHDRAWN_ON, Map.of("withdrawnOn", WITHDRAWN_ON), () -> complaint.handle(
                new WithdrawComplaintCommand(id, row.withdrawnOn(), null), rules, deadlines));
        steps.runInDateOrder();
        RowSteps.run(DELAY_REASONS + ": ", Map.of("category", DELAY_REASONS), this::placeRemainingDelayReasons);
    }

    /** The next stage, allocated to NOT_RECORDED: the spreadsheet names no one for it. */
    private void addRequest(RowSteps steps, Stage stage, String column, ImportedStage imported) {
        steps.add(imported.requestedOn(), column, Map.of("requestedOn", column, "managerId", column), () -> {
            complaint.escalate(new EscalateComplaintCommand(id, stage, imported.requestedOn(), Provenance.NOT_RECORDED,
                    null), rules, deadlines, Provenance.IMPORT);
            complaint.allocate(new AllocateComplaintCommand(id, Provenance.NOT_RECORDED, null, null, null),
                    Provenance.IMPORT);
        });
    }

    private void addResponse(RowSteps steps, String column, String outcomeColumn, ImportedStage imported) {
        LocalDate respondedOn = imported.respondedOn();
        steps.add(respondedOn, column, Map.of("respondedOn", column, "outcome", outcomeColumn,
                "category", DELAY_REASONS, "delayReason", DELAY_REASONS), () -> {
            if (complaint.lateWithoutDelayReason(respondedOn)) {
                recordUnplacedDelayReasons();
            }
            complaint.respond(new RespondToComplaintCommand(id, respondedOn, imported.outcome(), Map.of(), null), rules,
                    deadlines, Provenance.IMPORT);
        });
    }

    private void addLearning(RowSteps steps, LocalDate receivedOn) {
        if (row.learningCategory() == null && row.learningSummary() == null && row.learningActions().isEmpty()) {
            return;
        }
        // captured once a stage upheld the complaint; a row with no such stage is refused by the learning's own rule
        LocalDate capturedOn = Stream.of(row.stage1(), row.stage2(), row.stage3())
                .filter(stage -> stage.outcome() == Outcome.UPHELD || stage.outcome() == Outcome.PARTIALLY_UPHELD)
                .map(ImportedStage::respondedOn).filter(Objects::nonNull).findFirst()
                .or(() -> Optional.ofNullable(row.stage1().respondedOn())).orElse(receivedOn);
        UUID learningId = UUID.nameUUIDFromBytes(("imported learning of " + id).getBytes(StandardCharsets.UTF_8));
        List<LearningAction> actions = row.learningActions().stream()
                .map(action -> new LearningAction(action, Provenance.NOT_RECORDED, null)).toList();
        steps.add(capturedOn, LEARNING_CATEGORY, Map.of("category", LEARNING_CATEGORY, "summary", LEARNING_SUMMARY,
                "actions", LEARNING_ACTIONS, "capturedOn", LEARNING_CATEGORY), () -> complaint.learning.capture(
                new CaptureLearningCommand(id, learningId, capturedOn, row.learningCategory(), row.learningSummary(),
                        actions), rules, Provenance.IMPORT));
    }

    /** Delay reasons no late answer took belong to the stage still waiting for its answer. */
    private void placeRemainingDelayReasons() {
        if (unplacedDelayReasons.isEmpty()) {
            return;
        }
        if (!complaint.currentStageOpen()) {
            throw ruleBroken("no response of this complaint was late and no stage is still open, so there is no stage "
                    + "to record the delay reasons against.");
        }
        recordUnplacedDelayReasons();
    }

    private void recordUnplacedDelayReasons() {
        unplacedDelayReasons.forEach(category -> complaint.handle(
                new RecordDelayReasonCommand(id, new DelayReason(category, null)), rules));
        unplacedDelayReasons = List.of();
    }
}
