package org.childrenscomplaints.query.notification;

import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.ReminderLevel;
import org.childrenscomplaints.api.complaint.Stage;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a mail names things, in plain English for busy managers. */
final class MailWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private MailWords() {
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** A comment has no procedure: it is monitored like a Stage 1 complaint. */
    static String procedure(Procedure procedure) {
        if (procedure == null) {
            return "Comment";
        }
        return switch (procedure) {
            case STATUTORY -> "Statutory complaint (Children Act 1989)";
            case CORPORATE -> "Corporate complaint";
            case SEND -> "SEND complaint";
        };
    }

    static String clock(ClockType clock, Stage stage) {
        return switch (clock) {
            case ACKNOWLEDGEMENT -> "acknowledgement";
            case RESPONSE -> stage.label() + " response";
            case PANEL -> "Stage 3 review panel";
            case PANEL_REPORT -> "Stage 3 review panel's report";
        };
    }

    static String level(ReminderLevel level) {
        return switch (level) {
            case EARLY -> "Reminder";
            case APPROACHING -> "Due soon";
            case OVERDUE -> "Overdue";
            case ESCALATED -> "Escalated";
        };
    }

    static String workingDays(int workingDaysLeft) {
        if (workingDaysLeft == 0) {
            return "due today";
        }
        int days = Math.abs(workingDaysLeft);
        return days + (days == 1 ? " working day " : " working days ") + (workingDaysLeft > 0 ? "left" : "overdue");
    }

    /** What whoever reads the reminder should now do. */
    static String action(ReminderLevel level, ClockType clock, Stage stage) {
        String task = switch (clock) {
            case ACKNOWLEDGEMENT -> "acknowledge it";
            case RESPONSE -> "send the " + stage.label() + " response";
            case PANEL -> "hold the review panel";
            case PANEL_REPORT -> "obtain the review panel's report";
        };
        return switch (level) {
            case EARLY -> "Half of the time allowed has passed. Check that the case is on track to " + task
                    + " by the due date.";
            case APPROACHING -> "The due date is close. Make sure you " + task
                    + " by then, or agree an extension with the complainant and record it.";
            case OVERDUE -> "The due date has passed. Record a delay reason now (a late response is refused without"
                    + " one) and " + task + " as soon as possible.";
            case ESCALATED -> "This is well past its due date and has been escalated to the director. Make sure a"
                    + " delay reason is recorded and that the service will " + task + " without further delay.";
        };
    }
}
