package org.childrenscomplaints.command.complaint;

import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.Stage;

import java.time.LocalDate;

/**
 * Where one stage of a complaint stands: part of the Complaint aggregate's state, replaced (never
 * changed) by its event-sourcing handlers.
 *
 * @param clock           the stage's running clock: RESPONSE, or at Stage 3 first PANEL, then PANEL_REPORT
 * @param originalDueDate the due date the clock started with, which extension limits count from
 */
record StageProgress(Stage stage, LocalDate startedOn, ClockType clock, LocalDate originalDueDate, LocalDate dueDate,
                     boolean extended, String allocatedTo, boolean delayReasonRecorded, LocalDate panelHeldOn,
                     LocalDate respondedOn) {

    static StageProgress started(Stage stage, LocalDate startedOn, ClockType clock, LocalDate dueDate) {
        return new StageProgress(stage, startedOn, clock, dueDate, dueDate, false, null, false, null, null);
    }

    boolean isAllocated() {
        return allocatedTo != null;
    }

    boolean isAnswered() {
        return respondedOn != null;
    }

    /** The clock restarts (e.g. from the acknowledgement); an agreed extension keeps its date. */
    StageProgress restartedWithDueDate(LocalDate newDueDate) {
        return extended ? this : new StageProgress(stage, startedOn, clock, newDueDate, newDueDate, false, allocatedTo,
                delayReasonRecorded, panelHeldOn, respondedOn);
    }

    /** Stage 3 moves on to its next clock (the panel's report, then the council's response). */
    StageProgress nextClock(ClockType next, LocalDate dueDate, LocalDate heldOn) {
        return new StageProgress(stage, startedOn, next, dueDate, dueDate, false, allocatedTo, delayReasonRecorded,
                heldOn, respondedOn);
    }

    StageProgress extendedTo(LocalDate newDueDate) {
        return new StageProgress(stage, startedOn, clock, originalDueDate, newDueDate, true, allocatedTo,
                delayReasonRecorded, panelHeldOn, respondedOn);
    }

    StageProgress allocatedTo(String managerId) {
        return new StageProgress(stage, startedOn, clock, originalDueDate, dueDate, extended, managerId,
                delayReasonRecorded, panelHeldOn, respondedOn);
    }

    StageProgress withDelayReason() {
        return new StageProgress(stage, startedOn, clock, originalDueDate, dueDate, extended, allocatedTo, true,
                panelHeldOn, respondedOn);
    }

    StageProgress answeredOn(LocalDate date) {
        return new StageProgress(stage, startedOn, clock, originalDueDate, dueDate, extended, allocatedTo,
                delayReasonRecorded, panelHeldOn, date);
    }
}
