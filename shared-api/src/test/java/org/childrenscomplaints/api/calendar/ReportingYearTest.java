package org.childrenscomplaints.api.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ReportingYearTest {

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
            "2019-04-01, 2019-Q1",
            "2019-06-30, 2019-Q1",
            "2019-07-01, 2019-Q2",
            "2019-09-30, 2019-Q2",
            "2019-10-01, 2019-Q3",
            "2019-12-31, 2019-Q3",
            "2020-01-01, 2019-Q4",
            "2020-03-31, 2019-Q4"
    })
    void quartersRunFromAprilAndBelongToTheYearTheyStartIn(LocalDate date, String quarter) {
        assertThat(ReportingYear.quarterOf(date)).isEqualTo(quarter);
    }

    @Test
    void aYearIsNamedByTheYearItsFirstDayIsIn() {
        assertThat(ReportingYear.containing(LocalDate.of(2020, 3, 31))).isEqualTo(2019);
        assertThat(ReportingYear.containing(LocalDate.of(2020, 4, 1))).isEqualTo(2020);
        assertThat(ReportingYear.firstDay(2019)).isEqualTo(LocalDate.of(2019, 4, 1));
    }
}
