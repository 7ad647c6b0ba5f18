package org.childrenscomplaints.command.policy;

import org.childrenscomplaints.api.calendar.WorkingDayCalendar;
import org.childrenscomplaints.api.complaint.ReminderLevel;
import org.childrenscomplaints.command.policy.ReminderLadder.Rung;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReminderLadderTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final ReminderLadder LADDER = ReminderLadder.defaults();
    private static final LocalDate THURSDAY_BEFORE_EASTER = LocalDate.of(2026, 4, 2);
    private static final Instant BEFORE_IT_ALL = at(LocalDate.of(2026, 4, 1));

    @Test
    void aTenDayResponseClockIsRemindedAtHalfTimeTwoDaysBeforeTheDayAfterAndAWeekAfter() {
        // due Monday 20 April 2026, ten working days after Thursday 2 April (Easter in between)
        assertThat(LADDER.rungsFor(THURSDAY_BEFORE_EASTER, LocalDate.of(2026, 4, 20), BEFORE_IT_ALL, CALENDAR, LONDON))
                .containsExactly(
                        new Rung(ReminderLevel.EARLY, at(LocalDate.of(2026, 4, 13))),
                        new Rung(ReminderLevel.APPROACHING, at(LocalDate.of(2026, 4, 16))),
                        new Rung(ReminderLevel.OVERDUE, at(LocalDate.of(2026, 4, 21))),
                        new Rung(ReminderLevel.ESCALATED, at(LocalDate.of(2026, 4, 27))));
    }

    @Test
    void aThreeDayAcknowledgementClockHasNoRoomForAnEarlyReminder() {
        assertThat(LADDER.rungsFor(THURSDAY_BEFORE_EASTER, LocalDate.of(2026, 4, 9), BEFORE_IT_ALL, CALENDAR, LONDON))
                .extracting(Rung::level)
                .containsExactly(ReminderLevel.APPROACHING, ReminderLevel.OVERDUE, ReminderLevel.ESCALATED);
    }

    @Test
    void aBackDatedClockGetsOneReminderAtOnceForTheMostPressingLevelItHasReached() {
        Instant now = at(LocalDate.of(2026, 4, 22)).plusSeconds(3600);

        assertThat(LADDER.rungsFor(THURSDAY_BEFORE_EASTER, LocalDate.of(2026, 4, 20), now, CALENDAR, LONDON))
                .containsExactly(
                        new Rung(ReminderLevel.OVERDUE, now),
                        new Rung(ReminderLevel.ESCALATED, at(LocalDate.of(2026, 4, 27))));
    }

    @Test
    void aClockLongPastHasOnlyItsEscalationDueAtOnce() {
        Instant now = at(LocalDate.of(2026, 11, 23));

        assertThat(LADDER.rungsFor(THURSDAY_BEFORE_EASTER, LocalDate.of(2026, 4, 20), now, CALENDAR, LONDON))
                .containsExactly(new Rung(ReminderLevel.ESCALATED, now));
    }

    @Test
    void theRungAfterOneThatFiredIsTheNextMorePressingOne() {
        LocalDate dueDate = LocalDate.of(2026, 4, 20);

        assertThat(LADDER.rungAfter(ReminderLevel.EARLY, dueDate, at(LocalDate.of(2026, 4, 13)), CALENDAR, LONDON))
                .contains(new Rung(ReminderLevel.APPROACHING, at(LocalDate.of(2026, 4, 16))));
        assertThat(LADDER.rungAfter(ReminderLevel.OVERDUE, dueDate, at(LocalDate.of(2026, 4, 21)), CALENDAR, LONDON))
                .contains(new Rung(ReminderLevel.ESCALATED, at(LocalDate.of(2026, 4, 27))));
        assertThat(LADDER.rungAfter(ReminderLevel.ESCALATED, dueDate, at(LocalDate.of(2026, 4, 27)), CALENDAR, LONDON))
                .isEmpty();
    }

    /** The early reminder ran late (the app was stopped for a week): the next is the most pressing one reached, at once. */
    @Test
    void theRungAfterOneThatRanLateIsTheMostPressingReachedSinceDueAtOnce() {
        Instant now = at(LocalDate.of(2026, 4, 22)).plusSeconds(3600);

        assertThat(LADDER.rungAfter(ReminderLevel.EARLY, LocalDate.of(2026, 4, 20), now, CALENDAR, LONDON))
                .contains(new Rung(ReminderLevel.OVERDUE, now));
    }

    @Test
    void aCouncilSetsItsOwnLadder() {
        ReminderLadder council = new ReminderLadder(3, 1, 10, LocalTime.of(8, 30));

        assertThat(council.rungsFor(THURSDAY_BEFORE_EASTER, LocalDate.of(2026, 4, 20), BEFORE_IT_ALL, CALENDAR, LONDON))
                .extracting(Rung::remindAt)
                .containsExactly(
                        LocalDate.of(2026, 4, 13).atTime(8, 30).atZone(LONDON).toInstant(),
                        LocalDate.of(2026, 4, 15).atTime(8, 30).atZone(LONDON).toInstant(),
                        LocalDate.of(2026, 4, 21).atTime(8, 30).atZone(LONDON).toInstant(),
                        LocalDate.of(2026, 5, 5).atTime(8, 30).atZone(LONDON).toInstant());
    }

    @Test
    void anEscalationMustComeAfterTheOverdueReminder() {
        assertThatThrownBy(() -> new ReminderLadder(2, 5, 5, null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Instant at(LocalDate day) {
        return day.atTime(7, 0).atZone(LONDON).toInstant();
    }
}
