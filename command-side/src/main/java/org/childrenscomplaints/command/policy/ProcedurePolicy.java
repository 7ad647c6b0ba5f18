package org.childrenscomplaints.command.policy;

import org.childrenscomplaints.api.calendar.WorkingDayCalendar;
import org.childrenscomplaints.api.complaint.Stage;

import java.time.LocalDate;

/**
 * The time limits of one procedure, in working days.
 *
 * @param acknowledgeWithin    working days from receipt to acknowledge
 * @param stage1ResponseWithin working days to answer at Stage 1
 * @param stage1CountedFrom    whether the Stage 1 limit runs from receipt or from the acknowledgement
 *                             (the Ombudsman's code for corporate complaints; from the
 *                             acknowledgement's due date while none is recorded)
 * @param stage1Extension      how far Stage 1 may be extended by agreement
 * @param stage2ResponseWithin working days from the Stage 2 request to its response
 * @param stage2Extension      how far Stage 2 may be extended
 * @param requestWindow        working days after a stage's response within which the next stage
 *                             may be asked for without a recorded reason for the delay
 */
public record ProcedurePolicy(int acknowledgeWithin, int stage1ResponseWithin, Stage1Start stage1CountedFrom,
                              ExtensionLimit stage1Extension, int stage2ResponseWithin, ExtensionLimit stage2Extension,
                              int requestWindow) {

    public enum Stage1Start {
        RECEIPT, ACKNOWLEDGEMENT
    }

    public ProcedurePolicy {
        if (acknowledgeWithin < 0 || stage1ResponseWithin < 0 || stage2ResponseWithin < 0 || requestWindow < 0
                || stage1CountedFrom == null || stage1Extension == null || stage2Extension == null) {
            throw new IllegalArgumentException("time limits must be zero or more working days, with a Stage 1 start "
                    + "and an extension limit for each stage");
        }
    }

    public ReceiptDeadlines deadlinesOnReceipt(LocalDate receivedOn, WorkingDayCalendar calendar) {
        LocalDate acknowledgementDue = calendar.dueDate(receivedOn, acknowledgeWithin);
        LocalDate stage1Start = stage1CountedFrom == Stage1Start.ACKNOWLEDGEMENT ? acknowledgementDue : receivedOn;
        return new ReceiptDeadlines(acknowledgementDue, stage1Start, calendar.dueDate(stage1Start, stage1ResponseWithin));
    }

    /** The Stage 1 due date once the complaint is acknowledged: it moves only where Stage 1 counts from the acknowledgement. */
    public LocalDate stage1DueAfterAcknowledgement(LocalDate acknowledgedOn, LocalDate dueBefore, WorkingDayCalendar calendar) {
        return stage1CountedFrom == Stage1Start.ACKNOWLEDGEMENT
                ? calendar.dueDate(acknowledgedOn, stage1ResponseWithin)
                : dueBefore;
    }

    public ExtensionLimit extensionOf(Stage stage) {
        return switch (stage) {
            case STAGE_1 -> stage1Extension;
            case STAGE_2 -> stage2Extension;
            case STAGE_3, OMBUDSMAN -> throw new IllegalArgumentException(stage + " has no extension by agreement");
        };
    }

    public LocalDate stage2DueDate(LocalDate requestedOn, WorkingDayCalendar calendar) {
        return calendar.dueDate(requestedOn, stage2ResponseWithin);
    }

    /** The last day the next stage may be asked for without a reason, after a response on {@code respondedOn}. */
    public LocalDate lastDayToAskForNextStage(LocalDate respondedOn, WorkingDayCalendar calendar) {
        return calendar.nthWorkingDayAfter(respondedOn, requestWindow);
    }

    /** @param stage1ClockStart the day the Stage 1 clock counts from (receipt, or the acknowledgement's due date) */
    public record ReceiptDeadlines(LocalDate acknowledgementDue, LocalDate stage1ClockStart, LocalDate stage1ResponseDue) {
    }
}
