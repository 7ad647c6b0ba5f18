package org.childrenscomplaints.command.complaint.reminder;

import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.RemindersScheduledEvent;
import org.childrenscomplaints.api.complaint.RemindersScheduledEvent.ScheduledReminder;
import org.childrenscomplaints.api.complaint.Stage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reminders last set for each open clock of a case (the last may have fired), with the schedule
 * ids they were set under, kept so they can be called off one by one (JobRunr's free edition cannot
 * cancel by scope). Part of the aggregate's state: replaced, never changed, by its event-sourcing
 * handlers.
 */
public record ReminderSchedules(Map<Clock, List<ScheduledReminder>> byClock) {

    public record Clock(Stage stage, ClockType type) {
    }

    public ReminderSchedules {
        byClock = Map.copyOf(byClock);
    }

    public static ReminderSchedules none() {
        return new ReminderSchedules(Map.of());
    }

    public List<String> of(Stage stage, ClockType type) {
        return scheduleIds(byClock.getOrDefault(new Clock(stage, type), List.of()));
    }

    public List<String> ofEveryClock() {
        return scheduleIds(byClock.values().stream().flatMap(List::stream).toList());
    }

    /**
     * Whether a reminder more pressing than {@code fired} is already set for its clock, as in a case
     * whose clock had its whole ladder set at once, before reminders were set one after another.
     */
    public boolean hasOneAfter(ReminderDue fired) {
        return byClock.getOrDefault(new Clock(fired.stage(), fired.clock()), List.of()).stream()
                .anyMatch(reminder -> reminder.level().compareTo(fired.level()) > 0);
    }

    /** The clock's reminders are now these, in place of any set before. */
    public ReminderSchedules with(RemindersScheduledEvent event) {
        Map<Clock, List<ScheduledReminder>> now = new HashMap<>(byClock);
        now.put(new Clock(event.stage(), event.clock()), event.reminders());
        return new ReminderSchedules(now);
    }

    public ReminderSchedules without(Stage stage, ClockType type) {
        Map<Clock, List<ScheduledReminder>> now = new HashMap<>(byClock);
        now.remove(new Clock(stage, type));
        return new ReminderSchedules(now);
    }

    private static List<String> scheduleIds(List<ScheduledReminder> reminders) {
        return reminders.stream().map(ScheduledReminder::scheduleId).toList();
    }
}
