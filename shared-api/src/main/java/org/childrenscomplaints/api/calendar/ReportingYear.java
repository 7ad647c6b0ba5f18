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
}
