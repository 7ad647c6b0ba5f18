package org.childrenscomplaints.query.report.annual.formats;

/** A reporting year as councils write it: the year starting 1 April 2019 is 2019/20. */
final class YearName {

    private YearName() {
    }

    static String of(int year) {
        return "%d/%02d".formatted(year, (year + 1) % 100);
    }
}
