package org.childrenscomplaints.api.complaint;

import java.time.LocalDate;
import java.util.UUID;

/** A reminder came due while its clock was still open: someone must be told (see the notifier). */
public record ReminderFiredEvent(UUID complaintId, Stage stage, ClockType clock, ReminderLevel level, LocalDate dueDate) {
}
