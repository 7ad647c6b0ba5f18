package org.childrenscomplaints.query.tracker;

import org.childrenscomplaints.api.calendar.WorkingDayCalendar;
import org.childrenscomplaints.api.tracker.Rag;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class DueDateBandTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @Test
    void eachDueDateFallsInExactlyTheBandOfTheRagItsWorkingDaysLeftGive() {
        // every day of a year with Easter, May and Christmas bank holidays, against due dates 40 days either side
        for (LocalDate today = LocalDate.of(2026, 1, 1); today.getYear() == 2026; today = today.plusDays(1)) {
            for (LocalDate due = today.minusDays(40); due.isBefore(today.plusDays(41)); due = due.plusDays(1)) {
                Rag expected = Rag.of(calendar.workingDaysLeft(today, due));
                LocalDate day = today;
                LocalDate dueDate = due;
                assertThat(Arrays.stream(Rag.values()).filter(rag -> DueDateBand.of(rag, day, calendar).contains(dueDate)))
                        .as("today %s, due %s", today, due)
                        .containsExactly(expected);
            }
        }
    }

    @Test
    void aClockDueTodayIsAmberAndOneDueYesterdayIsRed() {
        LocalDate thursday = LocalDate.of(2026, 4, 9);
        assertThat(DueDateBand.of(Rag.AMBER, thursday, calendar).contains(thursday)).isTrue();
        assertThat(DueDateBand.of(Rag.RED, thursday, calendar).contains(thursday.minusDays(1))).isTrue();
    }
}
