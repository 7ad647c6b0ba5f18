package org.childrenscomplaints.api.calendar;

import java.time.LocalDate;
import java.time.Month;

/** The council's reporting year runs from 1 April to 31 March and is named by the year it starts in. */
public final class ReportingYear {

    private ReportingYear() {
    }

    public static int containing(LocalDate date) {
        return date.getMonth().compareTo(Month.APRIL) >= 0 ? date.getYear() : date.getYear() - 1;
    }

    public static LocalDate firstDay(int year) {
        return LocalDate.of(year, Month.APRIL, 1);
    }

    /** The quarter the date falls in, named like the council's quarterly reports: April to June 2019 is "2019-Q1". */
    public static String quarterOf(LocalDate date) {
        int monthsIntoYear = (date.getMonthValue() - Month.APRIL.getValue() + 12) % 12;
        return containing(date) + "-Q" + (monthsIntoYear / 3 + 1);
    }
}
