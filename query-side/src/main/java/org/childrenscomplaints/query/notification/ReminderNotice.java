package org.childrenscomplaints.query.notification;

import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.ReminderLevel;
import org.childrenscomplaints.api.complaint.Stage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a reminder mail is about: the case by its reference, never anything about the person who
 * complained. {@code procedure} is null for a comment.
 */
public record ReminderNotice(UUID caseId, String reference, Procedure procedure, Stage stage, ClockType clock,
                             ReminderLevel level, LocalDate dueDate, Instant firedAt) {
}
