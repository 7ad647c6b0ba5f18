package org.childrenscomplaints.command.complaint.reminder;

import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.ReminderLevel;
import org.childrenscomplaints.api.complaint.Stage;

import java.time.LocalDate;

/**
 * What a scheduled reminder carries to the complaint when it comes due. It is stored with the
 * deadline job until then, so its shape changes only with care.
 */
public record ReminderDue(Stage stage, ClockType clock, ReminderLevel level, LocalDate dueDate) {

    public static final String DEADLINE_NAME = "reminder";
}
