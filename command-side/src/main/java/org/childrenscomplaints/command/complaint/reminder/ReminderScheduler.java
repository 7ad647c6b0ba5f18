package org.childrenscomplaints.command.complaint.reminder;

import org.axonframework.deadline.DeadlineManager;
import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.RemindersScheduledEvent.ScheduledReminder;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.command.policy.ComplaintRules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Sets and calls off the reminders of a case's clocks through the deadline manager; the case records what was set. */
public final class ReminderScheduler {

    private ReminderScheduler() {
    }

    /** Sets the council's ladder for a clock that started on {@code start} and is due on {@code dueDate}. */
    public static List<ScheduledReminder> schedule(Stage stage, ClockType clock, LocalDate start, LocalDate dueDate,
                                                   ComplaintRules rules, DeadlineManager deadlines) {
        return rules.reminders()
                .rungsFor(start, dueDate, rules.clock().instant(), rules.calendar(), rules.clock().getZone()).stream()
                .map(rung -> new ScheduledReminder(rung.level(), rung.remindAt(), deadlines.schedule(rung.remindAt(),
                        ReminderDue.DEADLINE_NAME, new ReminderDue(stage, clock, rung.level(), dueDate))))
                .toList();
    }

    public static void cancel(Collection<String> scheduleIds, DeadlineManager deadlines) {
        scheduleIds.forEach(scheduleId -> deadlines.cancelSchedule(ReminderDue.DEADLINE_NAME, scheduleId));
    }
}
