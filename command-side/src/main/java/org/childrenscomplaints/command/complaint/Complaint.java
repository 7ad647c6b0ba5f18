package org.childrenscomplaints.command.complaint;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.childrenscomplaints.api.complaint.AcknowledgeComplaintCommand;
import org.childrenscomplaints.api.complaint.AgreeExtensionCommand;
import org.childrenscomplaints.api.complaint.AllocateComplaintCommand;
import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.ComplaintAcknowledgedEvent;
import org.childrenscomplaints.api.complaint.ComplaintAllocatedEvent;
import org.childrenscomplaints.api.complaint.ComplaintReceivedEvent;
import org.childrenscomplaints.api.complaint.ComplaintRegistration;
import org.childrenscomplaints.api.complaint.ComplaintRespondedEvent;
import org.childrenscomplaints.api.complaint.DelayReason;
import org.childrenscomplaints.api.complaint.DelayReasonRecordedEvent;
import org.childrenscomplaints.api.complaint.ExtensionAgreedEvent;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.RecordDelayReasonCommand;
import org.childrenscomplaints.api.complaint.RegisterComplaintCommand;
import org.childrenscomplaints.api.complaint.ReminderFiredEvent;
import org.childrenscomplaints.api.complaint.RemindersScheduledEvent;
import org.childrenscomplaints.api.complaint.RemindersScheduledEvent.ScheduledReminder;
import org.childrenscomplaints.api.complaint.RespondToComplaintCommand;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.api.reference.CaseReference;
import org.childrenscomplaints.command.complaint.register.RegistrationChecks;
import org.childrenscomplaints.command.complaint.reminder.ReminderDue;
import org.childrenscomplaints.command.complaint.reminder.ReminderSchedules;
import org.childrenscomplaints.command.policy.ComplaintRules;
import org.childrenscomplaints.command.policy.ExtensionLimit;
import org.childrenscomplaints.command.policy.ProcedurePolicy.ReceiptDeadlines;
import org.childrenscomplaints.command.policy.ReferenceData;
import org.childrenscomplaints.command.reference.ReferenceNumbering;
import org.childrenscomplaints.command.rejection.FieldChecks;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.childrenscomplaints.api.Text.blankToNull;
import static org.childrenscomplaints.command.rejection.CommandRejectedException.ruleBroken;

/** A complaint through its stages. Handlers judge commands; state changes only by applied events. */
@Aggregate
public class Complaint {

    @AggregateIdentifier
    private UUID complaintId;
    private Procedure procedure;
    private LocalDate receivedOn;
    private List<String> issues;
    private LocalDate acknowledgementDueOn;
    private LocalDate acknowledgedOn;
    private Stage currentStage;
    private ReminderSchedules reminders = ReminderSchedules.none();
    private final Map<Stage, StageProgress> stages = new EnumMap<>(Stage.class);

    protected Complaint() {
        // for Axon, which creates the complaint and then rebuilds it from its events
    }

    /** Receives a complaint: checks it, numbers it, and works out its first due dates. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public ComplaintRegistration handle(RegisterComplaintCommand command, ComplaintRules rules,
                                        ReferenceNumbering numbering, DeadlineManager deadlines) {
        Optional<CaseReference> supplied = RegistrationChecks.check(command, rules);
        ReceiptDeadlines receipt = rules.policyOf(command.procedure())
                .deadlinesOnReceipt(command.receivedOn(), rules.calendar());
        String reference = numbering.number(command.procedure(), command.receivedOn(), supplied, command.complaintId())
                .toString();
        apply(new ComplaintReceivedEvent(command.complaintId(), reference, command.procedure(), command.receivedOn(),
                command.channel(), command.complainant(), command.serviceArea(), blankToNull(command.team()),
                command.issues(), command.summary(), command.matterOccurredOn(),
                blankToNull(command.lateAcceptanceReason()), blankToNull(command.sufficientInterestReason()),
                command.advocacyOffered(), receipt.acknowledgementDue(), receipt.stage1ResponseDue()));
        scheduleReminders(Stage.STAGE_1, ClockType.ACKNOWLEDGEMENT, command.receivedOn(), receipt.acknowledgementDue(),
                rules, deadlines);
        scheduleReminders(Stage.STAGE_1, ClockType.RESPONSE, receipt.stage1ClockStart(), receipt.stage1ResponseDue(),
                rules, deadlines);
        return new ComplaintRegistration(command.complaintId(), reference);
    }

    @CommandHandler
    public void handle(AcknowledgeComplaintCommand command, ComplaintRules rules, DeadlineManager deadlines) {
        new FieldChecks().businessDate(command.acknowledgedOn(), "acknowledgedOn", rules.today(), receivedOn,
                "the day the complaint was received").throwIfAny();
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
        new FieldChecks()
                .require(command.managerId(), "managerId")
                // an independent person belongs to a statutory Stage 2 investigation only
                .check(blankToNull(command.independentPerson()) == null, "independentPerson",
                        "is recorded only when a statutory Stage 2 is allocated")
                .throwIfAny();
        StageProgress current = stages.get(currentStage);
        refuseIfAnswered(current);
        apply(new ComplaintAllocatedEvent(complaintId, currentStage, command.managerId().strip(),
                blankToNull(command.managerName()), blankToNull(command.team()), null));
    }

    @CommandHandler
    public void handle(AgreeExtensionCommand command, ComplaintRules rules, DeadlineManager deadlines) {
        StageProgress current = stages.get(currentStage);
        new FieldChecks()
                .businessDate(command.agreedOn(), "agreedOn", rules.today(), current.startedOn(), "the start of the stage")
                .require(command.newDueDate(), "newDueDate")
                .throwIfAny();
        refuseIfAnswered(current);
        if (!command.newDueDate().isAfter(current.dueDate())) {
            throw ruleBroken("An extension must move the due date later than " + current.dueDate() + ".");
        }
        ExtensionLimit limit = rules.policyOf(procedure).stage1Extension();
        LocalDate latest = limit.latestDueDate(current.startedOn(), current.originalDueDate(), rules.calendar());
        if (command.newDueDate().isAfter(latest)) {
            throw ruleBroken("A " + procedure + " complaint's " + currentStage.label() + " can be extended by agreement "
                    + "to at most " + limit.describe() + ", so no later than " + latest + ".");
        }
        cancelReminders(currentStage, ClockType.RESPONSE, deadlines);
        apply(new ExtensionAgreedEvent(complaintId, currentStage, command.agreedOn(), command.newDueDate(),
                blankToNull(command.reason())));
        scheduleReminders(currentStage, ClockType.RESPONSE, current.startedOn(), command.newDueDate(), rules, deadlines);
    }

    @CommandHandler
    public void handle(RecordDelayReasonCommand command, ComplaintRules rules) {
        FieldChecks checks = new FieldChecks();
        DelayReason reason = command.delayReason() == null ? new DelayReason(null, null) : command.delayReason();
        checkDelayReason(checks, reason, "", rules);
        checks.throwIfAny();
        refuseIfAnswered(stages.get(currentStage));
        apply(new DelayReasonRecordedEvent(complaintId, currentStage, reason.category(), blankToNull(reason.note())));
    }

    @CommandHandler
    public void handle(RespondToComplaintCommand command, ComplaintRules rules, DeadlineManager deadlines) {
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
            checkDelayReason(checks, command.delayReason(), "delayReason.", rules);
        }
        checks.throwIfAny();
        refuseIfAnswered(current);
        if (!current.isAllocated()) {
            throw ruleBroken(currentStage.label() + " must be allocated to a manager before it is answered.");
        }
        boolean late = command.respondedOn().isAfter(current.dueDate());
        if (late && !current.delayReasonRecorded() && command.delayReason() == null) {
            throw ruleBroken("This response is late: " + currentStage.label() + " was due on " + current.dueDate()
                    + ". Record a delay reason first, or send one with the response.");
        }
        if (command.delayReason() != null) {
            apply(new DelayReasonRecordedEvent(complaintId, currentStage, command.delayReason().category(),
                    blankToNull(command.delayReason().note())));
        }
        // an answer also closes an acknowledgement never recorded
        for (ClockType clock : ClockType.values()) {
            cancelReminders(currentStage, clock, deadlines);
        }
        apply(new ComplaintRespondedEvent(complaintId, currentStage, command.respondedOn(), command.outcome(),
                command.issueOutcomes()));
    }

    /** A reminder fires only while its clock is still open with the due date it was set for. */
    @DeadlineHandler(deadlineName = ReminderDue.DEADLINE_NAME)
    public void remind(ReminderDue due) {
        if (due.dueDate().equals(openDueDate(due.stage(), due.clock()))) {
            apply(new ReminderFiredEvent(complaintId, due.stage(), due.clock(), due.level(), due.dueDate()));
        }
    }

    @EventSourcingHandler
    void on(ComplaintReceivedEvent event) {
        complaintId = event.complaintId();
        procedure = event.procedure();
        receivedOn = event.receivedOn();
        issues = event.issues();
        acknowledgementDueOn = event.acknowledgementDueOn();
        currentStage = Stage.STAGE_1;
        stages.put(Stage.STAGE_1, StageProgress.started(Stage.STAGE_1, event.receivedOn(), event.stage1ResponseDueOn()));
    }

    @EventSourcingHandler
    void on(ComplaintAcknowledgedEvent event) {
        acknowledgedOn = event.acknowledgedOn();
        reminders = reminders.without(Stage.STAGE_1, ClockType.ACKNOWLEDGEMENT);
        stages.computeIfPresent(Stage.STAGE_1, (stage, progress) -> progress.restartedWithDueDate(event.stage1ResponseDueOn()));
    }

    @EventSourcingHandler
    void on(ComplaintAllocatedEvent event) {
        stages.computeIfPresent(event.stage(), (stage, progress) -> progress.allocatedTo(event.managerId()));
    }

    @EventSourcingHandler
    void on(ExtensionAgreedEvent event) {
        stages.computeIfPresent(event.stage(), (stage, progress) -> progress.extendedTo(event.newDueDate()));
    }

    @EventSourcingHandler
    void on(DelayReasonRecordedEvent event) {
        stages.computeIfPresent(event.stage(), (stage, progress) -> progress.withDelayReason());
    }

    @EventSourcingHandler
    void on(ComplaintRespondedEvent event) {
        stages.computeIfPresent(event.stage(), (stage, progress) -> progress.answeredOn(event.respondedOn()));
        for (ClockType clock : ClockType.values()) {
            reminders = reminders.without(event.stage(), clock);
        }
    }

    @EventSourcingHandler
    void on(RemindersScheduledEvent event) {
        reminders = reminders.with(event);
    }

    /** The due date of a clock still open, or null when it has closed. */
    private LocalDate openDueDate(Stage stage, ClockType clock) {
        StageProgress progress = stages.get(stage);
        if (progress == null || progress.isAnswered()) {
            return null;
        }
        if (clock == ClockType.ACKNOWLEDGEMENT) {
            return acknowledgedOn == null ? acknowledgementDueOn : null;
        }
        return progress.dueDate();
    }

    private void scheduleReminders(Stage stage, ClockType clock, LocalDate start, LocalDate dueDate, ComplaintRules rules,
                                   DeadlineManager deadlines) {
        List<ScheduledReminder> scheduled = rules.reminders()
                .rungsFor(start, dueDate, rules.clock().instant(), rules.calendar(), rules.clock().getZone()).stream()
                .map(rung -> new ScheduledReminder(rung.level(), rung.remindAt(), deadlines.schedule(rung.remindAt(),
                        ReminderDue.DEADLINE_NAME, new ReminderDue(stage, clock, rung.level(), dueDate))))
                .toList();
        apply(new RemindersScheduledEvent(complaintId, stage, clock, dueDate, scheduled));
    }

    private void cancelReminders(Stage stage, ClockType clock, DeadlineManager deadlines) {
        reminders.of(stage, clock).forEach(scheduleId -> deadlines.cancelSchedule(ReminderDue.DEADLINE_NAME, scheduleId));
    }

    private static void refuseIfAnswered(StageProgress stage) {
        if (stage.isAnswered()) {
            throw ruleBroken(stage.stage().label() + " was already answered on " + stage.respondedOn()
                    + "; nothing more can be recorded against it.");
        }
    }

    private static void checkDelayReason(FieldChecks checks, DelayReason reason, String prefix, ComplaintRules rules) {
        checks.require(reason.category(), prefix + "category");
        if (checks.isValid(prefix + "category")) {
            checks.check(rules.referenceData().delayReasons().contains(reason.category()), prefix + "category",
                    rules.referenceData().describeDelayReasons());
            checks.check(!ReferenceData.OTHER_DELAY_REASON.equals(reason.category()) || blankToNull(reason.note()) != null, prefix + "note",
                    "is required when the delay reason is OTHER");
        }
    }
}
