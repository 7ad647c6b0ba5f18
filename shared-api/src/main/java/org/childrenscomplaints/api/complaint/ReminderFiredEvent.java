package org.childrenscomplaints.api.complaint;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A reminder came due while a clock of a case (a complaint, or a comment, whose clocks count as
 * Stage 1) was still open: someone must be told (see the notifier).
 */
public record ReminderFiredEvent(UUID caseId, Stage stage, ClockType clock, ReminderLevel level, LocalDate dueDate) {
}
