package org.childrenscomplaints.api.report.delays;

import java.time.LocalDate;

/** The late responses whose response date falls between {@code from} and {@code to}, both included. */
public record FindDelayReportQuery(LocalDate from, LocalDate to) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
