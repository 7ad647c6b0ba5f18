package org.childrenscomplaints.command.complaint.reminder;

import org.axonframework.deadline.DeadlineManager;
import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.RemindersScheduledEvent;
import org.childrenscomplaints.api.complaint.RemindersScheduledEvent.ScheduledReminder;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.command.policy.ComplaintRules;
import org.childrenscomplaints.command.policy.ReminderLadder.Rung;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sets and calls off the reminders of a case's clocks through the deadline manager; the case records what was set.
 * <p>
 * A clock's ladder is set one rung at a time: its first rung when the clock starts, each next one when the
 * one before it fires. Each reminder is a job of the deadline manager's, which in the embedded default is a
 * row and eight index entries in the event store's file, committed with the command: setting the whole
 * ladder at once cost a registration seven jobs for its two clocks, most of them called off unused when
 * the clocks closed in time (docs/benchmarks.md, eighteenth round).
 */
public final class ReminderScheduler {

    private ReminderScheduler() {
    }

    /** Sets the first reminder of the council's ladder for a clock that started on {@code start} and is due on {@code dueDate}. */
    public static List<ScheduledReminder> schedule(Stage stage, ClockType clock, LocalDate start, LocalDate dueDate,
                                                   ComplaintRules rules, DeadlineManager deadlines) {
        return rules.reminders()
                .rungsFor(start, dueDate, rules.clock().instant(), rules.calendar(), rules.clock().getZone()).stream()
                .limit(1)
                .map(rung -> set(stage, clock, dueDate, rung, deadlines))
                .toList();
    }

    /**
     * Sets the reminder after {@code fired} on its clock's ladder, and answers the event recording it: none
     * after the last rung, nor where the clock's later rungs are set already ({@link ReminderSchedules#hasOneAfter}).
     */
    public static Optional<RemindersScheduledEvent> scheduleAfter(UUID caseId, ReminderDue fired,
                                                                  ReminderSchedules schedules, ComplaintRules rules,
                                                                  DeadlineManager deadlines) {
        if (schedules.hasOneAfter(fired)) {
            return Optional.empty();
        }
        return rules.reminders()
                .rungAfter(fired.level(), fired.dueDate(), rules.clock().instant(), rules.calendar(), rules.clock().getZone())
                .map(rung -> new RemindersScheduledEvent(caseId, fired.stage(), fired.clock(), fired.dueDate(),
                        List.of(set(fired.stage(), fired.clock(), fired.dueDate(), rung, deadlines))));
    }

    public static void cancel(Collection<String> scheduleIds, DeadlineManager deadlines) {
        scheduleIds.forEach(scheduleId -> deadlines.cancelSchedule(ReminderDue.DEADLINE_NAME, scheduleId));
    }

    private static ScheduledReminder set(Stage stage, ClockType clock, LocalDate dueDate, Rung rung,
                                         DeadlineManager deadlines) {
        return new ScheduledReminder(rung.level(), rung.remindAt(), deadlines.schedule(rung.remindAt(),
                ReminderDue.DEADLINE_NAME, new ReminderDue(stage, clock, rung.level(), dueDate)));
    }
}
