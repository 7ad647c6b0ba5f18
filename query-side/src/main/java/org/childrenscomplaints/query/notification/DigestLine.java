package org.childrenscomplaints.query.notification;

import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.Stage;

import java.time.LocalDate;

/** One open clock in a daily digest, as the tracker showed it on the digest's day. */
public record DigestLine(String reference, Procedure procedure, Stage stage, ClockType clock, LocalDate dueDate,
                         int workingDaysLeft) {
}
