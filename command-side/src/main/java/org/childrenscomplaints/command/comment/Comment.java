package org.childrenscomplaints.command.comment;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.childrenscomplaints.api.CaseRegistration;
import org.childrenscomplaints.api.comment.AcknowledgeCommentCommand;
import org.childrenscomplaints.api.comment.AllocateCommentCommand;
import org.childrenscomplaints.api.comment.CommentAcknowledgedEvent;
import org.childrenscomplaints.api.comment.CommentAllocatedEvent;
import org.childrenscomplaints.api.comment.CommentReceivedEvent;
import org.childrenscomplaints.api.comment.CommentRespondedEvent;
import org.childrenscomplaints.api.comment.RegisterCommentCommand;
import org.childrenscomplaints.api.comment.RespondToCommentCommand;
import org.childrenscomplaints.api.imports.ImportCommentCommand;
import org.childrenscomplaints.api.reference.CaseReference;
import org.childrenscomplaints.api.security.ManagersOwnCases;
import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.DelayReason;
import org.childrenscomplaints.api.complaint.ReminderFiredEvent;
import org.childrenscomplaints.api.complaint.RemindersScheduledEvent;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.command.complaint.DelayReasons;
import org.childrenscomplaints.command.complaint.Provenance;
import org.childrenscomplaints.command.complaint.register.RegistrationChecks;
import org.childrenscomplaints.command.complaint.reminder.FiredReminders;
import org.childrenscomplaints.command.complaint.reminder.ReminderDue;
import org.childrenscomplaints.command.complaint.reminder.ReminderScheduler;
import org.childrenscomplaints.command.complaint.reminder.ReminderSchedules;
import org.childrenscomplaints.command.policy.CommentPolicy;
import org.childrenscomplaints.command.policy.ComplaintRules;
import org.childrenscomplaints.command.reference.ReferenceNumbering;
import org.childrenscomplaints.command.reference.SuppliedReferences;
import org.childrenscomplaints.command.rejection.CommandRejectedException;
import org.childrenscomplaints.command.rejection.FieldChecks;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.childrenscomplaints.api.Text.blankToNull;
import static org.childrenscomplaints.command.rejection.CommandRejectedException.ruleBroken;

/** A comment: received, acknowledged, forwarded to a manager and answered, on a Stage 1's clock. */
@Aggregate
public class Comment {

    public static final String REFERENCE_PREFIX = "CM";

    @AggregateIdentifier
    private UUID commentId;
    private CaseRegistration registration;
    private LocalDate receivedOn;
    private LocalDate acknowledgementDueOn;
    private LocalDate acknowledgedOn;
    private String allocatedTo;
    private LocalDate responseDueOn;
    private LocalDate respondedOn;
    private ReminderSchedules reminders = ReminderSchedules.none();
    private FiredReminders firedReminders = FiredReminders.none();

    protected Comment() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public CaseRegistration handle(RegisterCommentCommand command, ComplaintRules rules, CommentPolicy policy,
                                   ReferenceNumbering numbering, DeadlineManager deadlines) {
        if (registration != null) {
            return registration; // the same request run again after its answer was lost (NewIds)
        }
        return register(command, null, rules, policy, numbering, deadlines);
    }

    /** A comment from a council's spreadsheet, replayed through the handlers an officer's commands meet, in one unit of work. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public CaseRegistration handle(ImportCommentCommand command, ComplaintRules rules, CommentPolicy policy,
                                   ReferenceNumbering numbering, DeadlineManager deadlines) {
        return new CommentImport(this, command, rules, deadlines).replay(
                () -> register(command.registration(), command.reference(), rules, policy, numbering, deadlines));
    }

    /** @param suppliedReference the reference the comment had in the council's spreadsheet, or null to number it */
    CaseRegistration register(RegisterCommentCommand command, String suppliedReference, ComplaintRules rules,
                              CommentPolicy policy, ReferenceNumbering numbering, DeadlineManager deadlines) {
        FieldChecks checks = new FieldChecks()
                .businessDate(command.receivedOn(), "receivedOn", rules.today(), RegistrationChecks.EARLIEST_RECEIPT,
                        "the Children Act 1989 came into force")
                .require(command.channel(), "channel")
                .require(command.summary(), "summary");
        rules.referenceData().checkServiceArea(checks, command.serviceArea());
        Optional<CaseReference> supplied = SuppliedReferences.check(checks, suppliedReference, REFERENCE_PREFIX,
                "a comment", command.receivedOn());
        checks.throwIfAny();
        String reference = numbering.number(REFERENCE_PREFIX, command.receivedOn(), supplied, command.commentId())
                .toString();
        LocalDate acknowledgementDue = rules.calendar().dueDate(command.receivedOn(), policy.acknowledgeWithin());
        LocalDate responseDue = rules.calendar().dueDate(command.receivedOn(), policy.respondWithin());
        apply(new CommentReceivedEvent(command.commentId(), reference, command.receivedOn(), command.channel(),
                command.serviceArea(), blankToNull(command.team()), command.summary().strip(), command.complainant(),
                acknowledgementDue, responseDue));
        scheduleReminders(ClockType.ACKNOWLEDGEMENT, acknowledgementDue, rules, deadlines);
        scheduleReminders(ClockType.RESPONSE, responseDue, rules, deadlines);
        return new CaseRegistration(command.commentId(), reference);
    }

    /** A manager's comment is the one allocated to them. */
    @CommandHandlerInterceptor
    public Object managersOwnCases(CommandMessage<?> command, InterceptorChain handlers) throws Exception {
        String refusal = ManagersOwnCases.refusal(command, allocatedTo);
        if (refusal != null) {
            throw CommandRejectedException.forbidden(refusal);
        }
        return handlers.proceed();
    }

    @CommandHandler
    public void handle(AcknowledgeCommentCommand command, ComplaintRules rules, DeadlineManager deadlines) {
        new FieldChecks().businessDate(command.acknowledgedOn(), "acknowledgedOn", rules.today(), receivedOn,
                "the day the comment was received").throwIfAny();
        refuseIfAnswered();
        if (acknowledgedOn != null) {
            throw ruleBroken("The comment was already acknowledged on " + acknowledgedOn + ".");
        }
        ReminderScheduler.cancel(reminders.of(Stage.STAGE_1, ClockType.ACKNOWLEDGEMENT), deadlines);
        apply(new CommentAcknowledgedEvent(commentId, command.acknowledgedOn()));
    }

    @CommandHandler
    public void handle(AllocateCommentCommand command) {
        Provenance.LIVE.refuseNotRecorded(new FieldChecks().require(command.managerId(), "managerId"),
                command.managerId(), "managerId").throwIfAny();
        refuseIfAnswered();
        apply(new CommentAllocatedEvent(commentId, command.managerId().strip(), blankToNull(command.managerName()),
                blankToNull(command.team())));
    }

    @CommandHandler
    public void handle(RespondToCommentCommand command, ComplaintRules rules, DeadlineManager deadlines) {
        respond(command, rules, deadlines, Provenance.LIVE);
    }

    /** The import answers a late comment its spreadsheet gave no delay reason for with the reason NOT_RECORDED. */
    void respond(RespondToCommentCommand command, ComplaintRules rules, DeadlineManager deadlines, Provenance provenance) {
        FieldChecks checks = new FieldChecks().businessDate(command.respondedOn(), "respondedOn", rules.today(),
                receivedOn, "the day the comment was received");
        if (command.delayReason() != null) {
            DelayReasons.check(checks, command.delayReason(), "delayReason.", rules.referenceData(), provenance);
        }
        checks.throwIfAny();
        refuseIfAnswered();
        if (allocatedTo == null) {
            throw ruleBroken("A comment must be forwarded to a manager (allocated) before it is answered.");
        }
        boolean late = command.respondedOn().isAfter(responseDueOn);
        DelayReason delayReason = late && command.delayReason() == null && provenance == Provenance.IMPORT
                ? new DelayReason(Provenance.NOT_RECORDED, null) : command.delayReason();
        if (late && delayReason == null) {
            throw ruleBroken("This response is late: the comment was due to be answered on " + responseDueOn
                    + ". Send the delay reason with the response.");
        }
        ReminderScheduler.cancel(reminders.ofEveryClock(), deadlines);
        apply(new CommentRespondedEvent(commentId, command.respondedOn(),
                delayReason == null ? null : delayReason.category(),
                delayReason == null ? null : blankToNull(delayReason.note())));
    }

    /** One of the case's reminders came due: see {@link ReminderScheduler#cameDue}. */
    @DeadlineHandler(deadlineName = ReminderDue.DEADLINE_NAME)
    public void remind(ReminderDue due, ComplaintRules rules, DeadlineManager deadlines) {
        LocalDate openDueDate = respondedOn != null ? null
                : due.clock() == ClockType.RESPONSE ? responseDueOn
                : acknowledgedOn == null ? acknowledgementDueOn : null;
        ReminderScheduler.cameDue(commentId, due, openDueDate, firedReminders, reminders, rules, deadlines)
                .forEach(AggregateLifecycle::apply);
    }

    /** A comment's clocks count as a Stage 1's. */
    private void scheduleReminders(ClockType clock, LocalDate dueDate, ComplaintRules rules, DeadlineManager deadlines) {
        apply(new RemindersScheduledEvent(commentId, Stage.STAGE_1, clock, dueDate,
                ReminderScheduler.scheduleFirst(Stage.STAGE_1, clock, receivedOn, dueDate, rules, deadlines)));
    }

    private void refuseIfAnswered() {
        if (respondedOn != null) {
            throw ruleBroken("The comment was already answered on " + respondedOn + ".");
        }
    }

    @EventSourcingHandler
    void on(CommentReceivedEvent event) {
        commentId = event.commentId();
        registration = new CaseRegistration(event.commentId(), event.reference());
        receivedOn = event.receivedOn();
        acknowledgementDueOn = event.acknowledgementDueOn();
        responseDueOn = event.responseDueOn();
    }

    @EventSourcingHandler
    void on(RemindersScheduledEvent event) {
        reminders = reminders.with(event);
    }

    @EventSourcingHandler
    void on(ReminderFiredEvent event) {
        firedReminders = firedReminders.with(event);
    }

    @EventSourcingHandler
    void on(CommentAcknowledgedEvent event) {
        acknowledgedOn = event.acknowledgedOn();
        reminders = reminders.without(Stage.STAGE_1, ClockType.ACKNOWLEDGEMENT);
    }

    @EventSourcingHandler
    void on(CommentAllocatedEvent event) {
        allocatedTo = event.managerId();
    }

    @EventSourcingHandler
    void on(CommentRespondedEvent event) {
        respondedOn = event.respondedOn();
        reminders = ReminderSchedules.none();
    }
}
