package org.childrenscomplaints.command.complaint.reminder;

import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.RemindersScheduledEvent;
import org.childrenscomplaints.api.complaint.Stage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The schedule ids of the reminders still set for each open clock of a complaint, kept so they
 * can be called off one by one (JobRunr's free edition cannot cancel by scope). Part of the
 * Complaint aggregate's state: replaced, never changed, by its event-sourcing handlers.
 */
public record ReminderSchedules(Map<Clock, List<String>> scheduleIds) {

    public record Clock(Stage stage, ClockType type) {
    }

    public ReminderSchedules {
        scheduleIds = Map.copyOf(scheduleIds);
    }

    public static ReminderSchedules none() {
        return new ReminderSchedules(Map.of());
    }

    public List<String> of(Stage stage, ClockType type) {
        return scheduleIds.getOrDefault(new Clock(stage, type), List.of());
    }

    /** The clock's reminders are now these, in place of any set before. */
    public ReminderSchedules with(RemindersScheduledEvent event) {
        Map<Clock, List<String>> ids = new HashMap<>(scheduleIds);
        ids.put(new Clock(event.stage(), event.clock()),
                event.reminders().stream().map(RemindersScheduledEvent.ScheduledReminder::scheduleId).toList());
        return new ReminderSchedules(ids);
    }

    public ReminderSchedules without(Stage stage, ClockType type) {
        Map<Clock, List<String>> ids = new HashMap<>(scheduleIds);
        ids.remove(new Clock(stage, type));
        return new ReminderSchedules(ids);
    }
}
