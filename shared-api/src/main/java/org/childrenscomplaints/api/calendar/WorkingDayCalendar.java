package org.childrenscomplaints.api.calendar;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Working days as regulation 2 of the Children Act 1989 Representations Procedure (England)
 * Regulations 2006 defines them: any day but Saturday, Sunday, Christmas Day, Boxing Day, Good
 * Friday or a bank holiday in England and Wales, less the council's own closure days.
 *
 * <p>Bank holidays come from Jollyday's England calendar (substitute days and the one-off days
 * since 2018 included). Days announced after the library's release are added through
 * {@code additionalBankHolidays} rather than waiting for a library upgrade.
 */
public final class WorkingDayCalendar {

    private static final String ENGLAND = "eng";
    private static final LocalDate A_MONDAY = LocalDate.of(1900, 1, 1);

    private final HolidayManager bankHolidays;
    private final Set<LocalDate> extraNonWorkingDays;
    private final Map<Integer, Set<LocalDate>> bankHolidaysByYear = new ConcurrentHashMap<>();
    private final Map<Integer, LocalDate[]> weekdaysOffByYear = new ConcurrentHashMap<>();

    public WorkingDayCalendar(Collection<LocalDate> additionalBankHolidays, Collection<LocalDate> localClosureDays) {
        this.bankHolidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
        Set<LocalDate> extra = new HashSet<>(additionalBankHolidays);
        extra.addAll(localClosureDays);
        this.extraNonWorkingDays = Set.copyOf(extra);
    }

    public static WorkingDayCalendar englandAndWales() {
        return new WorkingDayCalendar(Set.of(), Set.of());
    }

    public boolean isWorkingDay(LocalDate date) {
        return isWeekday(date)
                && !extraNonWorkingDays.contains(date)
                && !bankHolidaysIn(date.getYear()).contains(date);
    }

    public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    public LocalDate previousWorkingDayOnOrBefore(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /**
     * "Due in N working days from D" is the Nth working day after D; a start that is not a
     * working day counts as the next working day (a complaint received on a Saturday is received
     * on Monday).
     */
    public LocalDate dueDate(LocalDate start, int workingDays) {
        return nthWorkingDayAfter(nextWorkingDayOnOrAfter(start), workingDays);
    }

    /** The Nth working day after the date, whether or not the date itself is one; N = 0 is the date. */
    public LocalDate nthWorkingDayAfter(LocalDate date, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("a number of working days cannot be negative: " + workingDays);
        }
        LocalDate day = date;
        for (int counted = 0; counted < workingDays; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The Nth working day before the date, whether or not the date itself is one; N = 0 is the date. */
    public LocalDate nthWorkingDayBefore(LocalDate date, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("a number of working days cannot be negative: " + workingDays);
        }
        LocalDate day = date;
        for (int counted = 0; counted < workingDays; ) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days after the start (counted as received) up to and including the end; same day is 0. */
    public int workingDaysTaken(LocalDate start, LocalDate end) {
        return signedWorkingDaysBetween(nextWorkingDayOnOrAfter(start), end);
    }

    /** Working days from today until the due date, negative once a working day has passed since it. */
    public int workingDaysLeft(LocalDate today, LocalDate dueDate) {
        return signedWorkingDaysBetween(today, dueDate);
    }

    /**
     * Working days after the date up to and including {@code until}, negative when {@code until} is
     * earlier: how late a response was, or how long something has waited. The weekend after a Friday
     * date counts 0.
     */
    public int workingDaysSince(LocalDate date, LocalDate until) {
        return signedWorkingDaysBetween(date, until);
    }

    /**
     * The working days in (from, to] when to is later, or minus those in (to, from] when it is earlier:
     * the weekdays between them by arithmetic, less the days off that fall on one. Counted this way
     * because the tracker asks it of every open clock on a page, and a clock left open for years
     * made counting day by day the larger part of the page's time.
     */
    private int signedWorkingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -signedWorkingDaysBetween(to, from);
        }
        int weekdaysOff = 0;
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            LocalDate[] off = weekdaysOffIn(year);
            weekdaysOff += firstAfter(off, to) - firstAfter(off, from);
        }
        return Math.toIntExact(weekdaysUpTo(to) - weekdaysUpTo(from) - weekdaysOff);
    }

    /** The year's bank holidays and closure days that fall on a weekday, in order. */
    private LocalDate[] weekdaysOffIn(int year) {
        return weekdaysOffByYear.computeIfAbsent(year, y -> Stream.concat(bankHolidaysIn(y).stream(), extraNonWorkingDays.stream())
                .filter(day -> day.getYear() == y && isWeekday(day))
                .distinct()
                .sorted()
                .toArray(LocalDate[]::new));
    }

    /** Where the first of the ordered days later than the date is (their length if none is). */
    private static int firstAfter(LocalDate[] days, LocalDate date) {
        int found = Arrays.binarySearch(days, date);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** Weekdays from a Monday long ago up to and including the date: only differences of it mean anything. */
    private static long weekdaysUpTo(LocalDate date) {
        long days = date.toEpochDay() - A_MONDAY.toEpochDay() + 1;
        return 5 * Math.floorDiv(days, 7) + Math.min(Math.floorMod(days, 7), 5);
    }

    private static boolean isWeekday(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private Set<LocalDate> bankHolidaysIn(int year) {
        return bankHolidaysByYear.computeIfAbsent(year, y -> Set.copyOf(
                bankHolidays.getHolidays(Year.of(y), ENGLAND).stream()
                        // the holiday itself and the substitute weekday it moved to are both days off
                        .flatMap(holiday -> Stream.of(holiday.getDate(), holiday.getActualDate()))
                        .toList()));
    }
}
