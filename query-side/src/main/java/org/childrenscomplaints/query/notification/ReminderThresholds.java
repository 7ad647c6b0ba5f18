package org.childrenscomplaints.query.notification;

import org.childrenscomplaints.api.complaint.ReminderLevel;

/**
 * Which reminder level an open clock has reached, from its working days left, with the council's
 * {@code complaints.reminders.*} settings (the ladder the command side schedules by): what a
 * digest goes by, since it lists clocks as they stand rather than reminders as they fired.
 */
record ReminderThresholds(int approachingWorkingDaysBefore, int overdueWorkingDaysAfter, int escalatedWorkingDaysAfter) {

    ReminderLevel reached(int workingDaysLeft) {
        if (workingDaysLeft <= -escalatedWorkingDaysAfter) {
            return ReminderLevel.ESCALATED;
        }
        if (workingDaysLeft <= -overdueWorkingDaysAfter) {
            return ReminderLevel.OVERDUE;
        }
        return workingDaysLeft <= approachingWorkingDaysBefore ? ReminderLevel.APPROACHING : ReminderLevel.EARLY;
    }
}
