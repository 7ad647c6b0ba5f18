package org.childrenscomplaints.command.complaint;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.childrenscomplaints.api.complaint.AcknowledgeComplaintCommand;
import org.childrenscomplaints.api.complaint.AgreeExtensionCommand;
import org.childrenscomplaints.api.complaint.AllocateComplaintCommand;
import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.ComplaintAcknowledgedEvent;
import org.childrenscomplaints.api.complaint.ComplaintAllocatedEvent;
import org.childrenscomplaints.api.complaint.ComplaintDeclinedEvent;
import org.childrenscomplaints.api.complaint.ComplaintEscalatedEvent;
import org.childrenscomplaints.api.complaint.ComplaintReceivedEvent;
import org.childrenscomplaints.api.complaint.ComplaintReclassifiedEvent;
import org.childrenscomplaints.api.CaseRegistration;
import org.childrenscomplaints.api.complaint.ComplaintRespondedEvent;
import org.childrenscomplaints.api.complaint.ComplaintWithdrawnEvent;
import org.childrenscomplaints.api.complaint.DeclineComplaintCommand;
import org.childrenscomplaints.api.complaint.DelayReason;
import org.childrenscomplaints.api.complaint.DelayReasonRecordedEvent;
import org.childrenscomplaints.api.complaint.EscalateComplaintCommand;
import org.childrenscomplaints.api.complaint.ExtensionAgreedEvent;
import org.childrenscomplaints.api.complaint.PanelReportReceivedEvent;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.RecordDelayReasonCommand;
import org.childrenscomplaints.api.complaint.ReclassifyComplaintCommand;
import org.childrenscomplaints.api.complaint.RecordReviewPanelCommand;
import org.childrenscomplaints.api.complaint.RegisterComplaintCommand;
import org.childrenscomplaints.api.complaint.RemindersScheduledEvent;
import org.childrenscomplaints.api.complaint.RespondToComplaintCommand;
import org.childrenscomplaints.api.complaint.ReviewPanelHeldEvent;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.api.complaint.WithdrawComplaintCommand;
import org.childrenscomplaints.api.imports.ImportComplaintCommand;
import org.childrenscomplaints.api.reference.CaseReference;
import org.childrenscomplaints.api.security.ManagersOwnCases;
import org.childrenscomplaints.command.complaint.register.RegistrationChecks;
import org.childrenscomplaints.command.complaint.reminder.ReminderDue;
import org.childrenscomplaints.command.complaint.reminder.ReminderScheduler;
import org.childrenscomplaints.command.policy.ComplaintRules;
import org.childrenscomplaints.command.policy.ExtensionLimit;
import org.childrenscomplaints.command.policy.ProcedurePolicy;
import org.childrenscomplaints.command.policy.ProcedurePolicy.ReceiptDeadlines;
import org.childrenscomplaints.command.reference.ReferenceNumbering;
import org.childrenscomplaints.command.rejection.CommandRejectedException;
import org.childrenscomplaints.command.rejection.FieldChecks;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.childrenscomplaints.api.Text.blankToNull;
import static org.childrenscomplaints.command.rejection.CommandRejectedException.ruleBroken;

/**
 * A complaint through its stages: the command handlers, which judge each command against the
 * rules and the state {@link ComplaintState} keeps, and record their decisions as events.
 */
@Aggregate
public class Complaint extends ComplaintState {

    protected Complaint() {
        // for Axon, which creates the complaint and then rebuilds it from its events
    }

    /** Receives a complaint: checks it, numbers it, and works out its first due dates. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public CaseRegistration handle(RegisterComplaintCommand command, ComplaintRules rules, ReferenceNumbering numbering,
                                   DeadlineManager deadlines) {
        if (registration != null) {
            return registration; // the same request run again after its answer was lost (NewIds)
        }
        Optional<CaseReference> supplied = RegistrationChecks.check(command, rules);
        ReceiptDeadlines receipt = rules.policyOf(command.procedure())
                .deadlinesOnReceipt(command.receivedOn(), rules.calendar());
        String reference = numbering.number(command.procedure().referencePrefix(), command.receivedOn(), supplied,
                command.complaintId()).toString();
        apply(new ComplaintReceivedEvent(command.complaintId(), reference, command.procedure(), command.receivedOn(),
                command.channel(), command.complainant(), command.serviceArea(), blankToNull(command.team()),
                command.issues(), command.summary(), command.matterOccurredOn(),
                blankToNull(command.lateAcceptanceReason()), blankToNull(command.sufficientInterestReason()),
                command.advocacyOffered(), receipt.acknowledgementDue(), receipt.stage1ResponseDue()));
        scheduleReminders(Stage.STAGE_1, ClockType.ACKNOWLEDGEMENT, command.receivedOn(), receipt.acknowledgementDue(),
                rules, deadlines);
        scheduleReminders(Stage.STAGE_1, ClockType.RESPONSE, receipt.stage1ClockStart(), receipt.stage1ResponseDue(),
                rules, deadlines);
        return new CaseRegistration(command.complaintId(), reference);
    }

    /**
     * A complaint from a council's spreadsheet: registered, then everything its row says happened, each
     * step judged by the handler an officer's command meets. One unit of work: all of it or nothing.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public CaseRegistration handle(ImportComplaintCommand command, ComplaintRules rules, ReferenceNumbering numbering,
                                   DeadlineManager deadlines) {
        return new ComplaintImport(this, command, rules, deadlines).replay(command.registration(), numbering);
    }

    /** Before any command on the case, its own or its learning's and Ombudsman's: a manager's case is the one allocated to them. */
    @CommandHandlerInterceptor
    public Object managersOwnCases(CommandMessage<?> command, InterceptorChain handlers) throws Exception {
        StageProgress current = stages.get(currentStage);
        String refusal = ManagersOwnCases.refusal(command, current == null ? null : current.allocatedTo());
        if (refusal != null) {
            throw CommandRejectedException.forbidden(refusal);
        }
        return handlers.proceed();
    }

    @CommandHandler
    public void handle(AcknowledgeComplaintCommand command, ComplaintRules rules, DeadlineManager deadlines) {
        new FieldChecks().businessDate(command.acknowledgedOn(), "acknowledgedOn", rules.today(), receivedOn,
                "the day the complaint was received").throwIfAny();
        refuseIfClosed();
        if (acknowledgedOn != null) {
            throw ruleBroken("The complaint was already acknowledged on " + acknowledgedOn + ".");
        }
        StageProgress stage1 = stages.get(Stage.STAGE_1);
        refuseIfAnswered(stage1);
        LocalDate stage1Due = stage1.extended() ? stage1.dueDate() : rules.policyOf(procedure)
                .stage1DueAfterAcknowledgement(command.acknowledgedOn(), stage1.dueDate(), rules.calendar());
        cancelReminders(Stage.STAGE_1, ClockType.ACKNOWLEDGEMENT, deadlines);
        apply(new ComplaintAcknowledgedEvent(complaintId, command.acknowledgedOn(), stage1Due));
        if (!stage1Due.equals(stage1.dueDate())) {
            cancelReminders(Stage.STAGE_1, ClockType.RESPONSE, deadlines);
            scheduleReminders(Stage.STAGE_1, ClockType.RESPONSE, command.acknowledgedOn(), stage1Due, rules, deadlines);
        }
    }

    @CommandHandler
    public void handle(AllocateComplaintCommand command) {
        allocate(command, Provenance.LIVE);
    }

    /** The import allocates Stages 2 and 3 to NOT_RECORDED: its spreadsheet names no one, nor an independent person. */
    void allocate(AllocateComplaintCommand command, Provenance provenance) {
        boolean nobodyRecorded = currentStage != Stage.STAGE_1 && provenance.mayRecordAsNotRecorded(command.managerId());
        // a statutory Stage 2 is investigated by an investigating officer with an independent person
        boolean independentPersonNeeded = procedure == Procedure.STATUTORY && currentStage == Stage.STAGE_2
                && !nobodyRecorded;
        String independentPerson = blankToNull(command.independentPerson());
        FieldChecks checks = new FieldChecks().require(command.managerId(), "managerId");
        if (!nobodyRecorded) {
            // a Stage 1 allocation names someone, even the import's: its allocated_to column holds it
            Provenance.LIVE.refuseNotRecorded(checks, command.managerId(), "managerId");
        }
        if (independentPersonNeeded) {
            checks.require(independentPerson, "independentPerson");
        } else {
            checks.check(independentPerson == null, "independentPerson",
                    "is recorded only when a statutory Stage 2 is allocated");
        }
        checks.throwIfAny();
        refuseIfClosed();
        StageProgress current = stages.get(currentStage);
        refuseIfAnswered(current);
        String managerId = command.managerId().strip();
        if (currentStage == Stage.STAGE_2 && managerId.equalsIgnoreCase(stages.get(Stage.STAGE_1).allocatedTo())) {
            throw ruleBroken("Stage 2 must be handled by someone other than the Stage 1 responder (" + managerId + ").");
        }
        apply(new ComplaintAllocatedEvent(complaintId, currentStage, managerId, blankToNull(command.managerName()),
                blankToNull(command.team()), independentPerson));
    }

    @CommandHandler
    public void handle(AgreeExtensionCommand command, ComplaintRules rules, DeadlineManager deadlines) {
        StageProgress current = stages.get(currentStage);
        new FieldChecks()
                .businessDate(command.agreedOn(), "agreedOn", rules.today(), current.startedOn(), "the start of the stage")
                .require(command.newDueDate(), "newDueDate")
                .throwIfAny();
        refuseIfClosed();
        refuseIfAnswered(current);
        if (currentStage == Stage.STAGE_3) {
            throw ruleBroken("Stage 3 runs to the review panel's timetable; extensions are agreed at Stages 1 and 2.");
        }
        boolean stage1CountsFromAcknowledgement = currentStage == Stage.STAGE_1
                && rules.policyOf(procedure).stage1CountedFrom() == ProcedurePolicy.Stage1Start.ACKNOWLEDGEMENT;
        if (stage1CountsFromAcknowledgement && acknowledgedOn == null) {
            throw ruleBroken("A " + procedure + " complaint's Stage 1 runs from its acknowledgement: acknowledge it "
                    + "before agreeing an extension.");
        }
        if (!command.newDueDate().isAfter(current.dueDate())) {
            throw ruleBroken("An extension must move the due date later than " + current.dueDate() + ".");
        }
        ExtensionLimit limit = rules.policyOf(procedure).extensionOf(currentStage);
        LocalDate latest = limit.latestDueDate(current.startedOn(), current.originalDueDate(), rules.calendar());
        if (command.newDueDate().isAfter(latest)) {
            throw ruleBroken("A " + procedure + " complaint's " + currentStage.label() + " can be extended by agreement "
                    + "to at most " + limit.describe() + ", so no later than " + latest + ".");
        }
        cancelReminders(currentStage, ClockType.RESPONSE, deadlines);
        apply(new ExtensionAgreedEvent(complaintId, currentStage, command.agreedOn(), command.newDueDate(),
                blankToNull(command.reason())));
        LocalDate clockStart = stage1CountsFromAcknowledgement ? acknowledgedOn : current.startedOn();
        scheduleReminders(currentStage, ClockType.RESPONSE, clockStart, command.newDueDate(), rules, deadlines);
    }

    @CommandHandler
    public void handle(RecordDelayReasonCommand command, ComplaintRules rules) {
        FieldChecks checks = new FieldChecks();
        DelayReason reason = command.delayReason() == null ? new DelayReason(null, null) : command.delayReason();
        DelayReasons.check(checks, reason, "", rules.referenceData(), Provenance.LIVE);
        checks.throwIfAny();
        refuseIfClosed();
        refuseIfAnswered(stages.get(currentStage));
        apply(new DelayReasonRecordedEvent(complaintId, currentStage, reason.category(), blankToNull(reason.note())));
    }

    @CommandHandler
    public void handle(RespondToComplaintCommand command, ComplaintRules rules, DeadlineManager deadlines) {
        respond(command, rules, deadlines, Provenance.LIVE);
    }

    /** The import answers a late stage its spreadsheet gave no delay reason for with the reason NOT_RECORDED. */
    void respond(RespondToComplaintCommand command, ComplaintRules rules, DeadlineManager deadlines,
                 Provenance provenance) {
        StageProgress current = stages.get(currentStage);
        FieldChecks checks = new FieldChecks()
                .businessDate(command.respondedOn(), "respondedOn", rules.today(), current.startedOn(),
                        "the start of the stage")
                .require(command.outcome(), "outcome");
        command.issueOutcomes().forEach((issue, outcome) -> checks
                .check(issues.contains(issue), "issueOutcomes." + issue, "is not one of this complaint's issues: "
                        + String.join(", ", issues))
                .require(outcome, "issueOutcomes." + issue));
        if (command.delayReason() != null) {
            DelayReasons.check(checks, command.delayReason(), "delayReason.", rules.referenceData(), provenance);
        }
        checks.throwIfAny();
        refuseIfClosed();
        refuseIfAnswered(current);
        if (current.clock() != ClockType.RESPONSE) {
            throw ruleBroken("At Stage 3 the council responds once the review panel has met and its report has "
                    + "been received.");
        }
        if (!current.isAllocated()) {
            throw ruleBroken(currentStage.label() + " must be allocated to a manager before it is answered.");
        }
        boolean late = lateWithoutDelayReason(command.respondedOn());
        DelayReason delayReason = late && command.delayReason() == null && provenance == Provenance.IMPORT
                ? new DelayReason(Provenance.NOT_RECORDED, null) : command.delayReason();
        if (late && delayReason == null) {
            throw ruleBroken("This response is late: " + currentStage.label() + " was due on " + current.dueDate()
                    + ". Record a delay reason first, or send one with the response.");
        }
        if (delayReason != null) {
            apply(new DelayReasonRecordedEvent(complaintId, currentStage, delayReason.category(),
                    blankToNull(delayReason.note())));
        }
        // an answer also closes an acknowledgement never recorded
        for (ClockType clock : ClockType.values()) {
            cancelReminders(currentStage, clock, deadlines);
        }
        apply(new ComplaintRespondedEvent(complaintId, currentStage, command.respondedOn(), command.outcome(),
                command.issueOutcomes()));
    }

    @CommandHandler
    public void handle(EscalateComplaintCommand command, ComplaintRules rules, DeadlineManager deadlines) {
        escalate(command, rules, deadlines, Provenance.LIVE);
    }

    /** The import accepts a late request for the next stage with the reason NOT_RECORDED. */
    void escalate(EscalateComplaintCommand command, ComplaintRules rules, DeadlineManager deadlines,
                  Provenance provenance) {
        Stage next = command.toStage();
        provenance.refuseNotRecorded(new FieldChecks(), command.lateRequestReason(), "lateRequestReason")
                .require(next, "toStage")
                .check(next != Stage.STAGE_1, "toStage", "must be STAGE_2, STAGE_3 or OMBUDSMAN")
                .check(next == Stage.OMBUDSMAN || blankToNull(command.ombudsmanReference()) == null,
                        "ombudsmanReference", "is recorded only for a referral to the Ombudsman")
                .businessDate(command.requestedOn(), "requestedOn", rules.today(), receivedOn,
                        "the day the complaint was received")
                .throwIfAny();
        if (next == Stage.OMBUDSMAN) {
            // the Ombudsman, not the council, decides whether a referral is premature: the council records
            // it whatever the state of its own stages, also after declining the complaint; only a second
            // referral of the same complaint is refused
            if (referredToOmbudsmanOn != null) {
                throw ruleBroken("The complaint was already referred to the Ombudsman on " + referredToOmbudsmanOn + ".");
            }
            cancelAllReminders(deadlines);
            apply(new ComplaintEscalatedEvent(complaintId, next, command.requestedOn(), null,
                    blankToNull(command.ombudsmanReference()), null, null));
            return;
        }
        refuseIfClosed();
        StageProgress answered = answeredStageBefore(next);
        new FieldChecks().check(!command.requestedOn().isBefore(answered.respondedOn()), "requestedOn",
                "cannot be before the " + answered.stage().label() + " response (" + answered.respondedOn() + ")")
                .throwIfAny();
        ProcedurePolicy policy = rules.policyOf(procedure);
        LocalDate lastDay = policy.lastDayToAskForNextStage(answered.respondedOn(), rules.calendar());
        boolean late = command.requestedOn().isAfter(lastDay);
        // a reason is part of the record only for a request that needed one
        String lateRequestReason = late ? blankToNull(command.lateRequestReason()) : null;
        if (late && lateRequestReason == null) {
            throw ruleBroken(next.label() + " was asked for more than " + policy.requestWindow() + " working days after "
                    + "the " + answered.stage().label() + " response (the last day was " + lastDay + "): record the "
                    + "reason for accepting the request late in lateRequestReason.");
        }
        ClockType firstClock = next == Stage.STAGE_2 ? ClockType.RESPONSE : ClockType.PANEL;
        LocalDate dueOn = next == Stage.STAGE_2
                ? policy.stage2DueDate(command.requestedOn(), rules.calendar())
                : rules.calendar().dueDate(command.requestedOn(), rules.reviewPanel().panelWithin());
        apply(new ComplaintEscalatedEvent(complaintId, next, command.requestedOn(), lateRequestReason, null, firstClock,
                dueOn));
        scheduleReminders(next, firstClock, command.requestedOn(), dueOn, rules, deadlines);
    }

    @CommandHandler
    public void handle(RecordReviewPanelCommand command, ComplaintRules rules, DeadlineManager deadlines) {
        refuseIfClosed();
        if (currentStage != Stage.STAGE_3) {
            throw ruleBroken("A review panel sits only at Stage 3; the complaint is at " + currentStage.label() + ".");
        }
        StageProgress stage3 = stages.get(Stage.STAGE_3);
        LocalDate heldOn = stage3.panelHeldOn() != null ? stage3.panelHeldOn() : command.heldOn();
        new FieldChecks()
                .businessDate(command.heldOn(), "heldOn", rules.today(), stage3.startedOn(), "the Stage 3 request")
                .check(command.reportReceivedOn() == null || heldOn == null || !command.reportReceivedOn().isBefore(heldOn),
                        "reportReceivedOn", "cannot be before the panel met (" + heldOn + ")")
                .check(command.reportReceivedOn() == null || !command.reportReceivedOn().isAfter(rules.today()),
                        "reportReceivedOn", "cannot be in the future")
                .throwIfAny();
        if (stage3.panelHeldOn() != null && !stage3.panelHeldOn().equals(command.heldOn())) {
            throw ruleBroken("The review panel was already recorded as held on " + stage3.panelHeldOn() + ".");
        }
        if (stage3.clock() == ClockType.RESPONSE) {
            throw ruleBroken("The review panel's report was already received; the council's response is now due.");
        }
        if (stage3.panelHeldOn() == null) {
            cancelReminders(Stage.STAGE_3, ClockType.PANEL, deadlines);
            LocalDate reportDue = rules.calendar().dueDate(command.heldOn(), rules.reviewPanel().reportWithin());
            apply(new ReviewPanelHeldEvent(complaintId, command.heldOn(), reportDue));
            scheduleReminders(Stage.STAGE_3, ClockType.PANEL_REPORT, command.heldOn(), reportDue, rules, deadlines);
        }
        if (command.reportReceivedOn() != null) {
            cancelReminders(Stage.STAGE_3, ClockType.PANEL_REPORT, deadlines);
            LocalDate responseDue = rules.calendar().dueDate(command.reportReceivedOn(), rules.reviewPanel().responseWithin());
            apply(new PanelReportReceivedEvent(complaintId, command.reportReceivedOn(), responseDue));
            scheduleReminders(Stage.STAGE_3, ClockType.RESPONSE, command.reportReceivedOn(), responseDue, rules, deadlines);
        }
    }

    @CommandHandler
    public void handle(WithdrawComplaintCommand command, ComplaintRules rules, DeadlineManager deadlines) {
        new FieldChecks().businessDate(command.withdrawnOn(), "withdrawnOn", rules.today(), receivedOn,
                "the day the complaint was received").throwIfAny();
        refuseIfClosed();
        cancelAllReminders(deadlines);
        apply(new ComplaintWithdrawnEvent(complaintId, currentStage, command.withdrawnOn(), blankToNull(command.reason())));
    }

    @CommandHandler
    public void handle(DeclineComplaintCommand command, ComplaintRules rules, DeadlineManager deadlines) {
        new FieldChecks()
                .businessDate(command.declinedOn(), "declinedOn", rules.today(), receivedOn,
                        "the day the complaint was received")
                .require(command.reason(), "reason")
                .throwIfAny();
        refuseIfClosed();
        cancelAllReminders(deadlines);
        apply(new ComplaintDeclinedEvent(complaintId, currentStage, command.declinedOn(), command.reason().strip()));
    }

    @CommandHandler
    public void handle(ReclassifyComplaintCommand command, ComplaintRules rules, DeadlineManager deadlines) {
        new FieldChecks().require(command.procedure(), "procedure").require(command.reason(), "reason").throwIfAny();
        refuseIfClosed();
        StageProgress stage1 = stages.get(Stage.STAGE_1);
        if (currentStage != Stage.STAGE_1 || stage1.isAnswered()) {
            throw ruleBroken("A complaint can be moved to another procedure only until Stage 1 is answered.");
        }
        if (command.procedure() == procedure) {
            throw ruleBroken("The complaint is already under the " + procedure + " procedure.");
        }
        String sufficientInterestReason = blankToNull(command.sufficientInterestReason());
        if (command.procedure() == Procedure.STATUTORY && complainantRelationship != null
                && !complainantRelationship.qualifiesForStatutoryProcedure() && !sufficientInterestRecorded
                && sufficientInterestReason == null) {
            throw ruleBroken("A statutory complaint from someone who is " + complainantRelationship + " needs the "
                    + "council's decision that they have sufficient interest in the child's welfare: give "
                    + "sufficientInterestReason.");
        }
        ProcedurePolicy policy = rules.policyOf(command.procedure());
        ReceiptDeadlines receipt = policy.deadlinesOnReceipt(receivedOn, rules.calendar());
        boolean countsFromAcknowledgement = policy.stage1CountedFrom() == ProcedurePolicy.Stage1Start.ACKNOWLEDGEMENT;
        LocalDate clockStart = countsFromAcknowledgement && acknowledgedOn != null ? acknowledgedOn : receipt.stage1ClockStart();
        LocalDate newDue = rules.calendar().dueDate(clockStart, policy.stage1ResponseWithin());
        if (stage1.extended()) {
            LocalDate latest = policy.extensionOf(Stage.STAGE_1).latestDueDate(receivedOn, newDue, rules.calendar());
            if (stage1.dueDate().isAfter(latest)) {
                throw ruleBroken("The extension agreed to " + stage1.dueDate() + " goes beyond what the "
                        + command.procedure() + " procedure allows (" + latest + "); agree a shorter one first.");
            }
        }
        LocalDate acknowledgementDue = acknowledgedOn == null ? receipt.acknowledgementDue() : null;
        LocalDate stage1Due = stage1.extended() ? stage1.dueDate() : newDue;
        cancelAllReminders(deadlines);
        apply(new ComplaintReclassifiedEvent(complaintId, procedure, command.procedure(), command.reason().strip(),
                sufficientInterestReason, acknowledgementDue, stage1Due));
        if (acknowledgementDue != null) {
            scheduleReminders(Stage.STAGE_1, ClockType.ACKNOWLEDGEMENT, receivedOn, acknowledgementDue, rules, deadlines);
        }
        scheduleReminders(Stage.STAGE_1, ClockType.RESPONSE, clockStart, stage1Due, rules, deadlines);
    }

    /** One of the case's reminders came due: see {@link ReminderScheduler#cameDue}. */
    @DeadlineHandler(deadlineName = ReminderDue.DEADLINE_NAME)
    public void remind(ReminderDue due, ComplaintRules rules, DeadlineManager deadlines) {
        ReminderScheduler.cameDue(complaintId, due, openDueDate(due.stage(), due.clock()), firedReminders, reminders,
                rules, deadlines).forEach(AggregateLifecycle::apply);
    }

    private void scheduleReminders(Stage stage, ClockType clock, LocalDate start, LocalDate dueDate, ComplaintRules rules,
                                   DeadlineManager deadlines) {
        apply(new RemindersScheduledEvent(complaintId, stage, clock, dueDate,
                ReminderScheduler.scheduleFirst(stage, clock, start, dueDate, rules, deadlines)));
    }

    private void cancelAllReminders(DeadlineManager deadlines) {
        ReminderScheduler.cancel(reminders.ofEveryClock(), deadlines);
    }

    private void cancelReminders(Stage stage, ClockType clock, DeadlineManager deadlines) {
        ReminderScheduler.cancel(reminders.of(stage, clock), deadlines);
    }

    /** The stage whose answer the complainant escalates from, which must be the current one, answered. */
    private StageProgress answeredStageBefore(Stage next) {
        if (next == Stage.STAGE_3 && procedure != Procedure.STATUTORY) {
            throw ruleBroken("Only the statutory procedure has a Stage 3 review panel; a " + procedure
                    + " complaint goes from Stage 2 to the Ombudsman.");
        }
        Stage from = next == Stage.STAGE_2 ? Stage.STAGE_1 : Stage.STAGE_2;
        if (currentStage != from) {
            throw ruleBroken(next.label() + " follows " + from.label() + "; the complaint is at " + currentStage.label() + ".");
        }
        StageProgress answered = stages.get(from);
        if (!answered.isAnswered()) {
            throw ruleBroken(next.label() + " can be asked for once " + from.label() + " has been answered.");
        }
        return answered;
    }

    private void refuseIfClosed() {
        if (closedAs != null) {
            throw ruleBroken("The complaint was " + closedAs.name().toLowerCase(Locale.ROOT) + " on " + closedOn
                    + "; nothing more can be recorded against its stages.");
        }
        if (referredToOmbudsmanOn != null) {
            throw ruleBroken("The complaint was referred to the Ombudsman on " + referredToOmbudsmanOn
                    + "; the council's own stages are closed.");
        }
    }

    private static void refuseIfAnswered(StageProgress stage) {
        if (stage.isAnswered()) {
            throw ruleBroken(stage.stage().label() + " was already answered on " + stage.respondedOn()
                    + "; nothing more can be recorded against it.");
        }
    }
}
