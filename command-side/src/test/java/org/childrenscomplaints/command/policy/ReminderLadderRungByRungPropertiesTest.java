package org.childrenscomplaints.command.policy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.childrenscomplaints.api.calendar.WorkingDayCalendar;
import org.childrenscomplaints.command.policy.ReminderLadder.Rung;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clock's reminders are set one at a time (ReminderScheduler), each when the one before it fires:
 * rung after rung, each job running on time, they must be the whole ladder.
 */
class ReminderLadderRungByRungPropertiesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final LocalDate FIRST_START = LocalDate.of(2025, 12, 1);

    @Property
    void eachRungAfterTheFirstGivesTheWholeLadder(@ForAll @IntRange(max = 800) int startDay,
                                                   @ForAll @IntRange(min = 1, max = 30) int workingDaysAllowed,
                                                   @ForAll @IntRange(min = -5, max = 60) int nowDaysAfterStart,
                                                   @ForAll @IntRange(max = 5) int approachingBefore,
                                                   @ForAll @IntRange(min = 1, max = 5) int overdueAfter,
                                                   @ForAll @IntRange(min = 1, max = 10) int escalatedAfterOverdue) {
        ReminderLadder council = new ReminderLadder(approachingBefore, overdueAfter, overdueAfter + escalatedAfterOverdue,
                LocalTime.of(7, 0));
        LocalDate start = FIRST_START.plusDays(startDay);
        LocalDate dueDate = CALENDAR.dueDate(start, workingDaysAllowed);
        Instant now = start.plusDays(nowDaysAfterStart).atTime(12, 0).atZone(LONDON).toInstant();
        List<Rung> whole = council.rungsFor(start, dueDate, now, CALENDAR, LONDON);

        List<Rung> oneAfterAnother = new ArrayList<>(whole.subList(0, 1));
        Optional<Rung> next = council.rungAfter(whole.get(0).level(), dueDate, whole.get(0).remindAt(), CALENDAR, LONDON);
        while (next.isPresent()) {
            oneAfterAnother.add(next.get());
            next = council.rungAfter(next.get().level(), dueDate, next.get().remindAt(), CALENDAR, LONDON);
        }

        assertThat(oneAfterAnother).isEqualTo(whole);
    }
}
