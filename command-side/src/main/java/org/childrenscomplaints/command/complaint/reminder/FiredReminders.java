package org.childrenscomplaints.command.complaint.reminder;

import org.childrenscomplaints.api.complaint.ReminderFiredEvent;

import java.util.HashSet;
import java.util.Set;

/**
 * The reminders a case has already fired. A reminder's job can run twice: JobRunr runs a job again
 * when the process died while running it, and a job written just before its case's events were
 * lost with a crash comes due beside the one written when the same request (same case id) was run
 * again. Each reminder is for a clock's due date at one level; it fires once.
 */
public record FiredReminders(Set<ReminderDue> fired) {

    public FiredReminders {
        fired = Set.copyOf(fired);
    }

    public static FiredReminders none() {
        return new FiredReminders(Set.of());
    }

    public boolean contains(ReminderDue due) {
        return fired.contains(due);
    }

    public FiredReminders with(ReminderFiredEvent event) {
        Set<ReminderDue> now = new HashSet<>(fired);
        now.add(new ReminderDue(event.stage(), event.clock(), event.level(), event.dueDate()));
        return new FiredReminders(now);
    }
}
