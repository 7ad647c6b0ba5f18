package org.childrenscomplaints.query.report.annual;

/** One count a case adds to a reporting year's figures. */
record YearCount(int year, String key) {

    static YearCount of(int year, CountKey key) {
        return new YearCount(year, key.encoded());
    }
}
