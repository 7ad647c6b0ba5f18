package org.childrenscomplaints.command.policy;

import org.childrenscomplaints.api.calendar.WorkingDayCalendar;

import java.time.LocalDate;

/**
 * The time limits of one procedure, in working days.
 *
 * @param acknowledgeWithin    working days from receipt to acknowledge
 * @param stage1ResponseWithin working days to answer at Stage 1
 * @param stage1CountedFrom    whether the Stage 1 limit runs from receipt or from the acknowledgement
 *                             (the Ombudsman's code for corporate complaints; from the
 *                             acknowledgement's due date while none is recorded)
 */
public record ProcedurePolicy(int acknowledgeWithin, int stage1ResponseWithin, Stage1Start stage1CountedFrom) {

    public enum Stage1Start {
        RECEIPT, ACKNOWLEDGEMENT
    }

    public ProcedurePolicy {
        if (acknowledgeWithin < 0 || stage1ResponseWithin < 0 || stage1CountedFrom == null) {
            throw new IllegalArgumentException("time limits must be zero or more working days, with a Stage 1 start");
        }
    }

    public ReceiptDeadlines deadlinesOnReceipt(LocalDate receivedOn, WorkingDayCalendar calendar) {
        LocalDate acknowledgementDue = calendar.dueDate(receivedOn, acknowledgeWithin);
        LocalDate stage1Start = stage1CountedFrom == Stage1Start.ACKNOWLEDGEMENT ? acknowledgementDue : receivedOn;
        return new ReceiptDeadlines(acknowledgementDue, calendar.dueDate(stage1Start, stage1ResponseWithin));
    }

    public record ReceiptDeadlines(LocalDate acknowledgementDue, LocalDate stage1ResponseDue) {
    }
}
