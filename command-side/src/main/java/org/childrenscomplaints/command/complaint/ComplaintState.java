package org.childrenscomplaints.command.complaint;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.childrenscomplaints.api.CaseRegistration;
import org.childrenscomplaints.api.complaint.CaseStatus;
import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.ComplainantRelationship;
import org.childrenscomplaints.api.complaint.ComplaintAcknowledgedEvent;
import org.childrenscomplaints.api.complaint.ComplaintAllocatedEvent;
import org.childrenscomplaints.api.complaint.ComplaintDeclinedEvent;
import org.childrenscomplaints.api.complaint.ComplaintEscalatedEvent;
import org.childrenscomplaints.api.complaint.ComplaintReceivedEvent;
import org.childrenscomplaints.api.complaint.ComplaintReclassifiedEvent;
import org.childrenscomplaints.api.complaint.ComplaintRespondedEvent;
import org.childrenscomplaints.api.complaint.ComplaintWithdrawnEvent;
import org.childrenscomplaints.api.complaint.DelayReasonRecordedEvent;
import org.childrenscomplaints.api.complaint.ExtensionAgreedEvent;
import org.childrenscomplaints.api.complaint.PanelReportReceivedEvent;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.ReminderFiredEvent;
import org.childrenscomplaints.api.complaint.RemindersScheduledEvent;
import org.childrenscomplaints.api.complaint.ReviewPanelHeldEvent;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.command.complaint.reminder.FiredReminders;
import org.childrenscomplaints.command.complaint.reminder.ReminderSchedules;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a complaint is, as its events tell it: the fields and the event-sourcing handlers, the only
 * place where they change. {@link Complaint} decides; this remembers.
 */
abstract class ComplaintState {

    @AggregateIdentifier
    protected UUID complaintId;
    protected CaseRegistration registration;
    protected Procedure procedure;
    protected LocalDate receivedOn;
    protected ComplainantRelationship complainantRelationship;
    protected boolean sufficientInterestRecorded;
    protected List<String> issues;
    protected LocalDate acknowledgementDueOn;
    protected LocalDate acknowledgedOn;
    protected Stage currentStage;
    protected LocalDate referredToOmbudsmanOn;
    /** Why the council's stages ended early (WITHDRAWN or DECLINED) and when; null while they run. */
    protected CaseStatus closedAs;
    protected LocalDate closedOn;
    protected ReminderSchedules reminders = ReminderSchedules.none();
    protected FiredReminders firedReminders = FiredReminders.none();
    @AggregateMember
    protected ComplaintLearning learning;
    @AggregateMember
    protected ComplaintOmbudsman ombudsman;
    protected final Map<Stage, StageProgress> stages = new EnumMap<>(Stage.class);

    @EventSourcingHandler
    void on(ComplaintReceivedEvent event) {
        complaintId = event.complaintId();
        registration = new CaseRegistration(event.complaintId(), event.reference());
        procedure = event.procedure();
        receivedOn = event.receivedOn();
        complainantRelationship = event.complainant() == null ? null : event.complainant().relationship();
        sufficientInterestRecorded = event.sufficientInterestReason() != null;
        issues = event.issues();
        acknowledgementDueOn = event.acknowledgementDueOn();
        currentStage = Stage.STAGE_1;
        learning = new ComplaintLearning();
        ombudsman = new ComplaintOmbudsman();
        stages.put(Stage.STAGE_1, StageProgress.started(Stage.STAGE_1, event.receivedOn(), ClockType.RESPONSE,
                event.stage1ResponseDueOn()));
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
    void on(ComplaintEscalatedEvent event) {
        if (event.toStage() == Stage.OMBUDSMAN) {
            referredToOmbudsmanOn = event.requestedOn();
            reminders = ReminderSchedules.none();
        } else {
            currentStage = event.toStage();
            stages.put(event.toStage(), StageProgress.started(event.toStage(), event.requestedOn(), event.firstClock(),
                    event.firstClockDueOn()));
        }
    }

    @EventSourcingHandler
    void on(ComplaintWithdrawnEvent event) {
        closedAs = CaseStatus.WITHDRAWN;
        closedOn = event.withdrawnOn();
        reminders = ReminderSchedules.none();
    }

    @EventSourcingHandler
    void on(ComplaintDeclinedEvent event) {
        closedAs = CaseStatus.DECLINED;
        closedOn = event.declinedOn();
        reminders = ReminderSchedules.none();
    }

    @EventSourcingHandler
    void on(ComplaintReclassifiedEvent event) {
        procedure = event.to();
        sufficientInterestRecorded |= event.sufficientInterestReason() != null;
        if (event.acknowledgementDueOn() != null) {
            acknowledgementDueOn = event.acknowledgementDueOn();
        }
        stages.computeIfPresent(Stage.STAGE_1, (stage, progress) -> progress.restartedWithDueDate(event.stage1ResponseDueOn()));
        reminders = ReminderSchedules.none();
    }

    @EventSourcingHandler
    void on(ReviewPanelHeldEvent event) {
        stages.computeIfPresent(Stage.STAGE_3, (stage, progress) ->
                progress.nextClock(ClockType.PANEL_REPORT, event.reportDueOn(), event.heldOn()));
        reminders = reminders.without(Stage.STAGE_3, ClockType.PANEL);
    }

    @EventSourcingHandler
    void on(PanelReportReceivedEvent event) {
        stages.computeIfPresent(Stage.STAGE_3, (stage, progress) ->
                progress.nextClock(ClockType.RESPONSE, event.responseDueOn(), progress.panelHeldOn()));
        reminders = reminders.without(Stage.STAGE_3, ClockType.PANEL_REPORT);
    }

    @EventSourcingHandler
    void on(RemindersScheduledEvent event) {
        reminders = reminders.with(event);
    }

    @EventSourcingHandler
    void on(ReminderFiredEvent event) {
        firedReminders = firedReminders.with(event);
    }

    /** Whether an answer to the current stage on that day would be late with no delay reason recorded for it. */
    protected boolean lateWithoutDelayReason(LocalDate respondedOn) {
        StageProgress current = stages.get(currentStage);
        return respondedOn.isAfter(current.dueDate()) && !current.delayReasonRecorded();
    }

    /** Whether the current stage still waits for its answer, so something can be recorded against it. */
    protected boolean currentStageOpen() {
        return closedAs == null && referredToOmbudsmanOn == null && !stages.get(currentStage).isAnswered();
    }

    /** The due date of a clock still open, or null when it has closed. */
    protected LocalDate openDueDate(Stage stage, ClockType clock) {
        StageProgress progress = stages.get(stage);
        if (progress == null || progress.isAnswered() || referredToOmbudsmanOn != null || closedAs != null) {
            return null;
        }
        if (clock == ClockType.ACKNOWLEDGEMENT) {
            return acknowledgedOn == null ? acknowledgementDueOn : null;
        }
        return clock == progress.clock() ? progress.dueDate() : null;
    }
}
