package org.childrenscomplaints.command.policy;

import org.childrenscomplaints.api.calendar.WorkingDayCalendar;
import org.childrenscomplaints.api.complaint.ReminderLevel;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code complaints.reminders.*}: when each level of reminder about an open clock is due, from the
 * council's action plan: EARLY when half the allowed working days have passed, APPROACHING a
 * number of working days before the due date, OVERDUE and ESCALATED working days after it; each
 * at {@code sendAt} (council time) on its day.
 */
@ConfigurationProperties("complaints.reminders")
public record ReminderLadder(Integer approachingWorkingDaysBefore, Integer overdueWorkingDaysAfter,
                             Integer escalatedWorkingDaysAfter, LocalTime sendAt) {

    public ReminderLadder {
        approachingWorkingDaysBefore = approachingWorkingDaysBefore == null ? 2 : approachingWorkingDaysBefore;
        overdueWorkingDaysAfter = overdueWorkingDaysAfter == null ? 1 : overdueWorkingDaysAfter;
        escalatedWorkingDaysAfter = escalatedWorkingDaysAfter == null ? 5 : escalatedWorkingDaysAfter;
        sendAt = sendAt == null ? LocalTime.of(7, 0) : sendAt;
        if (approachingWorkingDaysBefore < 0 || overdueWorkingDaysAfter < 1
                || escalatedWorkingDaysAfter <= overdueWorkingDaysAfter) {
            throw new IllegalArgumentException("reminders must come before, just after and then later after the due date");
        }
    }

    public static ReminderLadder defaults() {
        return new ReminderLadder(null, null, null, null);
    }

    /** One rung: a level and the moment it is due. */
    public record Rung(ReminderLevel level, Instant remindAt) {
    }

    /**
     * The reminders of a clock that started on {@code start} and is due on {@code dueDate}. A rung
     * that would come no later than a more pressing one is left out (a three-day clock has no room
     * for an early reminder before the approaching one). Rungs already past by {@code now} are
     * folded into one, the most pressing of them, due at once: a back-dated case gets one
     * reminder per clock, not a flood.
     */
    public List<Rung> rungsFor(LocalDate start, LocalDate dueDate, Instant now, WorkingDayCalendar calendar, ZoneId zone) {
        LocalDate firstDay = calendar.nextWorkingDayOnOrAfter(start);
        int allowed = calendar.workingDaysTaken(start, dueDate);
        List<Rung> ladder = new ArrayList<>();
        add(ladder, ReminderLevel.EARLY, calendar.nthWorkingDayAfter(firstDay, allowed / 2), zone);
        addFromApproaching(ladder, dueDate, calendar, zone);
        return foldedAt(now, ladder);
    }

    /**
     * The rung after {@code fired} on the ladder of a clock due on {@code dueDate}, as
     * {@link #rungsFor} would have it: the next more pressing one, or, if that is already past by
     * {@code now} (reminders were held up), the most pressing one past, due at once. Empty after the
     * last rung. Only EARLY depends on when the clock started, and no rung comes before it.
     */
    public Optional<Rung> rungAfter(ReminderLevel fired, LocalDate dueDate, Instant now, WorkingDayCalendar calendar,
                                    ZoneId zone) {
        List<Rung> ladder = new ArrayList<>();
        addFromApproaching(ladder, dueDate, calendar, zone);
        ladder.removeIf(rung -> rung.level().compareTo(fired) <= 0);
        return foldedAt(now, ladder).stream().findFirst();
    }

    private void addFromApproaching(List<Rung> ladder, LocalDate dueDate, WorkingDayCalendar calendar, ZoneId zone) {
        add(ladder, ReminderLevel.APPROACHING, calendar.nthWorkingDayBefore(dueDate, approachingWorkingDaysBefore), zone);
        add(ladder, ReminderLevel.OVERDUE, calendar.nthWorkingDayAfter(dueDate, overdueWorkingDaysAfter), zone);
        add(ladder, ReminderLevel.ESCALATED, calendar.nthWorkingDayAfter(dueDate, escalatedWorkingDaysAfter), zone);
    }

    private static List<Rung> foldedAt(Instant now, List<Rung> ladder) {
        List<Rung> due = new ArrayList<>();
        Rung mostPressingPast = null;
        for (Rung rung : ladder) {
            if (rung.remindAt().isAfter(now)) {
                due.add(rung);
            } else {
                mostPressingPast = new Rung(rung.level(), now);
            }
        }
        if (mostPressingPast != null) {
            due.add(0, mostPressingPast);
        }
        return List.copyOf(due);
    }

    private void add(List<Rung> ladder, ReminderLevel level, LocalDate day, ZoneId zone) {
        Instant at = day.atTime(sendAt).atZone(zone).toInstant();
        // a more pressing rung on the same day or earlier replaces the gentler ones before it
        ladder.removeIf(gentler -> !gentler.remindAt().isBefore(at));
        ladder.add(new Rung(level, at));
    }
}
