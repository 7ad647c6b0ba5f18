package org.childrenscomplaints.api.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    /** England and Wales bank holidays as published on GOV.UK, 2018 to 2027. */
    private static final List<String> PUBLISHED_BANK_HOLIDAYS = List.of(
            "2018-01-01", "2018-03-30", "2018-04-02", "2018-05-07", "2018-05-28", "2018-08-27", "2018-12-25", "2018-12-26",
            "2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27", "2019-08-26", "2019-12-25", "2019-12-26",
            "2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28",
            "2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28",
            "2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19",
            "2022-12-26", "2022-12-27",
            "2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25",
            "2023-12-26",
            "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26",
            "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26",
            "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28",
            "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28");

    @Test
    void everyWeekdayFrom2018To2027IsAWorkingDayExactlyWhenItIsNotAPublishedBankHoliday() {
        Set<LocalDate> bankHolidays = Set.copyOf(PUBLISHED_BANK_HOLIDAYS.stream().map(LocalDate::parse).toList());
        Stream.iterate(LocalDate.of(2018, 1, 1), day -> day.isBefore(LocalDate.of(2028, 1, 1)), day -> day.plusDays(1))
                .filter(day -> day.getDayOfWeek().getValue() <= 5)
                .forEach(day -> assertThat(calendar.isWorkingDay(day))
                        .as("%s (%s)", day, day.getDayOfWeek())
                        .isEqualTo(!bankHolidays.contains(day)));
    }

    @Test
    void weekendsAndChristmasOnAWeekendAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 4))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 5))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2021, 12, 25))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 26))).isFalse();
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            // received Thursday 2 April 2026, Good Friday and Easter Monday follow
            "2026-04-02, 3, 2026-04-09",
            "2026-04-02, 10, 2026-04-20",
            // Stage 2 requested Friday 1 May 2026: 25 working days, then the 65-day maximum
            "2026-05-01, 25, 2026-06-09",
            "2026-05-01, 65, 2026-08-04",
            // received on a Saturday counts as received on Monday
            "2026-11-21, 3, 2026-11-26",
            // received on a bank holiday counts as received the next working day
            "2026-12-25, 1, 2026-12-30",
            "2026-03-10, 0, 2026-03-10"
    })
    void dueDateIsTheNthWorkingDayAfterReceipt(LocalDate start, int workingDays, LocalDate expected) {
        assertThat(calendar.dueDate(start, workingDays)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "from {0} to {1}: {2} working days taken")
    @CsvSource({
            "2026-04-02, 2026-04-02, 0",
            "2026-04-02, 2026-04-07, 1",
            "2026-04-02, 2026-04-20, 10",
            // received Saturday, answered Monday: same working day
            "2026-11-21, 2026-11-23, 0"
    })
    void workingDaysTakenCountsTheWorkingDaysAfterTheStartUpToTheResponse(LocalDate start, LocalDate end, int taken) {
        assertThat(calendar.workingDaysTaken(start, end)).isEqualTo(taken);
    }

    @ParameterizedTest(name = "on {0}, due {1}: {2} working days left")
    @CsvSource({
            "2026-04-02, 2026-04-09, 3",
            "2026-04-09, 2026-04-09, 0",
            "2026-04-10, 2026-04-09, -1",
            "2026-04-20, 2026-04-09, -7",
            // the weekend after a Friday due date is not yet a working day late
            "2026-04-11, 2026-04-10, 0"
    })
    void workingDaysLeftIsNegativeOnceAWorkingDayHasPassedTheDueDate(LocalDate today, LocalDate due, int left) {
        assertThat(calendar.workingDaysLeft(today, due)).isEqualTo(left);
    }

    @ParameterizedTest(name = "from {0} until {1}: {2} working days since")
    @CsvSource({
            // due Thursday 2 April 2026, answered after Good Friday and Easter Monday
            "2026-04-02, 2026-04-07, 1",
            "2026-04-02, 2026-04-02, 0",
            // answered the Saturday after a Friday due date: late, but no working day late
            "2026-04-10, 2026-04-11, 0",
            "2026-04-10, 2026-04-13, 1",
            "2026-04-07, 2026-04-02, -1"
    })
    void workingDaysSinceCountsTheWorkingDaysAfterTheDateUpToTheLaterOne(LocalDate date, LocalDate until, int since) {
        assertThat(calendar.workingDaysSince(date, until)).isEqualTo(since);
    }

    @Test
    void countingBackSkipsWeekendsAndBankHolidays() {
        // two working days before Tuesday 7 April 2026 skip Easter Monday, the weekend and Good Friday
        assertThat(calendar.nthWorkingDayBefore(LocalDate.of(2026, 4, 7), 2)).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(calendar.nthWorkingDayBefore(LocalDate.of(2026, 4, 7), 0)).isEqualTo(LocalDate.of(2026, 4, 7));
    }

    @Test
    void localClosureDaysAndAnnouncedBankHolidaysAreNotWorkingDays() {
        LocalDate closure = LocalDate.of(2026, 12, 29);
        LocalDate announced = LocalDate.of(2027, 6, 7);
        WorkingDayCalendar council = new WorkingDayCalendar(List.of(announced), List.of(closure));

        assertThat(council.isWorkingDay(closure)).isFalse();
        assertThat(council.isWorkingDay(announced)).isFalse();
        assertThat(council.dueDate(LocalDate.of(2026, 12, 24), 1)).isEqualTo(LocalDate.of(2026, 12, 30));
    }

    @Test
    void countsBetweenAnyTwoDatesAreTheWorkingDaysCountedOneByOne() {
        LocalDate first = LocalDate.of(2017, 1, 1);
        LocalDate last = LocalDate.of(2029, 12, 31);
        // closures on a weekday, on a Saturday and on a bank holiday; an announced holiday on a weekday
        WorkingDayCalendar council = new WorkingDayCalendar(List.of(LocalDate.of(2027, 6, 7)),
                List.of(LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 26), LocalDate.of(2020, 12, 25)));
        List<LocalDate> days = first.datesUntil(last.plusDays(1)).toList();
        int[] workingDaysUpTo = new int[days.size()];
        for (int i = 1; i < days.size(); i++) {
            workingDaysUpTo[i] = workingDaysUpTo[i - 1] + (council.isWorkingDay(days.get(i)) ? 1 : 0);
        }

        for (int from = 0; from < days.size(); from += 5) {
            for (int to = 0; to < days.size(); to += 11) {
                assertThat(council.workingDaysSince(days.get(from), days.get(to)))
                        .as("working days from %s to %s", days.get(from), days.get(to))
                        .isEqualTo(workingDaysUpTo[to] - workingDaysUpTo[from]);
            }
        }
    }
}
