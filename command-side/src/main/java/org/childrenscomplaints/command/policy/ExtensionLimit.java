package org.childrenscomplaints.command.policy;

import org.childrenscomplaints.api.calendar.WorkingDayCalendar;

import java.time.LocalDate;

/**
 * How far a stage's response may be put off by agreement with the complainant: either to at
 * most N working days from the stage's start (the statutory procedure), or by at most N working
 * days beyond the due date the stage started with (the Ombudsman's code).
 */
public record ExtensionLimit(Kind kind, int workingDays) {

    public enum Kind {
        TO_AT_MOST, BY_AT_MOST
    }

    public ExtensionLimit {
        if (kind == null || workingDays < 0) {
            throw new IllegalArgumentException("an extension limit needs a kind and zero or more working days");
        }
    }

    public LocalDate latestDueDate(LocalDate stageStart, LocalDate originalDueDate, WorkingDayCalendar calendar) {
        return kind == Kind.TO_AT_MOST
                ? calendar.dueDate(stageStart, workingDays)
                : calendar.nthWorkingDayAfter(originalDueDate, workingDays);
    }

    public String describe() {
        return kind == Kind.TO_AT_MOST
                ? workingDays + " working days from the start of the stage"
                : workingDays + " working days beyond the original due date";
    }
}
