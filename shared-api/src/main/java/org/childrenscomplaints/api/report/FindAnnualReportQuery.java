package org.childrenscomplaints.api.report;

/** The annual report for the reporting year starting 1 April {@code year}. */
public record FindAnnualReportQuery(int year) {
}
