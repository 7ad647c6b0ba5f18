package org.childrenscomplaints.api.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The reminders set for an open clock of a case (a complaint or a comment) due on {@code dueDate}. Each carries the id the deadline
 * scheduler gave it, so the reminders can be called off one by one when the clock closes or moves.
 */
public record RemindersScheduledEvent(UUID caseId, Stage stage, ClockType clock, LocalDate dueDate,
                                      List<ScheduledReminder> reminders) {

    public RemindersScheduledEvent {
        reminders = reminders == null ? List.of() : List.copyOf(reminders);
    }

    public record ScheduledReminder(ReminderLevel level, Instant remindAt, String scheduleId) {
    }
}
