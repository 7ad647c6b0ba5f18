package org.childrenscomplaints.command.policy;

import org.childrenscomplaints.api.calendar.WorkingDayCalendar;
import org.childrenscomplaints.api.complaint.Procedure;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Everything a complaint's command handlers judge a command against: the procedures' time
 * limits, the council's reference data and reminder ladder, its working days and today's date. Axon hands it to
 * each handler as a parameter, so tests give the aggregate fixed rules and a fixed day.
 */
public record ComplaintRules(ProcedurePolicies policies, ReviewPanelTimetable reviewPanel, ReferenceData referenceData,
                             ReminderLadder reminders, WorkingDayCalendar calendar, Clock clock) {

    public ProcedurePolicy policyOf(Procedure procedure) {
        return policies.of(procedure);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
