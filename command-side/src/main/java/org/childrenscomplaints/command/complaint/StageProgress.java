package org.childrenscomplaints.command.complaint;

import org.childrenscomplaints.api.complaint.Stage;

import java.time.LocalDate;

/**
 * Where one stage of a complaint stands: part of the Complaint aggregate's state, replaced (never
 * changed) by its event-sourcing handlers.
 *
 * @param originalDueDate the due date the stage started with, which extension limits count from
 */
record StageProgress(Stage stage, LocalDate startedOn, LocalDate originalDueDate, LocalDate dueDate, boolean extended,
                     String allocatedTo, boolean delayReasonRecorded, LocalDate respondedOn) {

    static StageProgress started(Stage stage, LocalDate startedOn, LocalDate dueDate) {
        return new StageProgress(stage, startedOn, dueDate, dueDate, false, null, false, null);
    }

    boolean isAllocated() {
        return allocatedTo != null;
    }

    boolean isAnswered() {
        return respondedOn != null;
    }

    /** The clock restarts (e.g. from the acknowledgement); an agreed extension keeps its date. */
    StageProgress restartedWithDueDate(LocalDate newDueDate) {
        return extended ? this : new StageProgress(stage, startedOn, newDueDate, newDueDate, false, allocatedTo,
                delayReasonRecorded, respondedOn);
    }

    StageProgress extendedTo(LocalDate newDueDate) {
        return new StageProgress(stage, startedOn, originalDueDate, newDueDate, true, allocatedTo, delayReasonRecorded,
                respondedOn);
    }

    StageProgress allocatedTo(String managerId) {
        return new StageProgress(stage, startedOn, originalDueDate, dueDate, extended, managerId, delayReasonRecorded,
                respondedOn);
    }

    StageProgress withDelayReason() {
        return new StageProgress(stage, startedOn, originalDueDate, dueDate, extended, allocatedTo, true, respondedOn);
    }

    StageProgress answeredOn(LocalDate date) {
        return new StageProgress(stage, startedOn, originalDueDate, dueDate, extended, allocatedTo, delayReasonRecorded,
                date);
    }
}
