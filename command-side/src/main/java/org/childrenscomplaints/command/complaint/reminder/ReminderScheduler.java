package org.childrenscomplaints.command.complaint.reminder;

import org.axonframework.deadline.DeadlineManager;
import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.ReminderFiredEvent;
import org.childrenscomplaints.api.complaint.RemindersScheduledEvent;
import org.childrenscomplaints.api.complaint.RemindersScheduledEvent.ScheduledReminder;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.command.policy.ComplaintRules;
import org.childrenscomplaints.command.policy.ReminderLadder.Rung;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Sets and calls off the reminders of a case's clocks through the deadline manager; the case records
 * what was set.
 * <p>
 * A clock's ladder is set one rung at a time: its first rung when the clock starts, each next one when
 * the one before it fires. Each reminder is a job of the deadline manager's, which in the embedded
 * default is a row and eight index entries in the event store's file, committed with the command:
 * setting the whole ladder at once cost a registration seven to eight jobs for its two clocks, most of
 * them called off unused when the clocks closed in time (docs/benchmarks.md, eighteenth round).
 */
public final class ReminderScheduler {

    private ReminderScheduler() {
    }

    /** Sets the first reminder of the council's ladder for a clock that started on {@code start} and is due on {@code dueDate}. */
    public static List<ScheduledReminder> scheduleFirst(Stage stage, ClockType clock, LocalDate start, LocalDate dueDate,
                                                        ComplaintRules rules, DeadlineManager deadlines) {
        return rules.reminders()
                .rungsFor(start, dueDate, rules.clock().instant(), rules.calendar(), rules.clock().getZone()).stream()
                .limit(1)
                .map(rung -> set(stage, clock, dueDate, rung, deadlines))
                .toList();
    }

    /**
     * What a case records when one of its reminders comes due, {@code openDueDate} being its clock's due
     * date now (null if the clock is closed): nothing unless the clock is still open with the due date the
     * reminder was set for. Then the reminder fires, once ({@code fired}: its job can run twice), and the
     * clock's next rung is set, unless one is already ({@link ReminderSchedules#hasOneAfter}). Even when it
     * had fired before: a clock set again with a due date it had, as a reclassification can, starts again
     * from the most pressing rung reached, which may have fired already.
     */
    public static List<Object> cameDue(UUID caseId, ReminderDue due, LocalDate openDueDate, FiredReminders fired,
                                       ReminderSchedules schedules, ComplaintRules rules, DeadlineManager deadlines) {
        if (!due.dueDate().equals(openDueDate)) {
            return List.of();
        }
        List<Object> events = new ArrayList<>();
        if (!fired.contains(due)) {
            events.add(new ReminderFiredEvent(caseId, due.stage(), due.clock(), due.level(), due.dueDate()));
        }
        if (!schedules.hasOneAfter(due)) {
            rules.reminders()
                    .rungAfter(due.level(), due.dueDate(), rules.clock().instant(), rules.calendar(), rules.clock().getZone())
                    .map(rung -> new RemindersScheduledEvent(caseId, due.stage(), due.clock(), due.dueDate(),
                            List.of(set(due.stage(), due.clock(), due.dueDate(), rung, deadlines))))
                    .ifPresent(events::add);
        }
        return events;
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
