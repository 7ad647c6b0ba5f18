package org.childrenscomplaints.query.report.delays;

import org.childrenscomplaints.api.report.delays.FindDelayReportQuery;
import org.childrenscomplaints.api.web.FieldProblem;
import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ReportPeriodTest {

    private static final LocalDate MONDAY_23_NOVEMBER_2026 = LocalDate.of(2026, 11, 23);

    @Test
    void withNeitherEndTheReportCoversTheReportingYearSoFar() {
        assertThat(ReportPeriod.of(null, null, MONDAY_23_NOVEMBER_2026))
                .isEqualTo(new FindDelayReportQuery(LocalDate.of(2026, 4, 1), MONDAY_23_NOVEMBER_2026));
        assertThat(ReportPeriod.of(null, null, LocalDate.of(2027, 2, 10)))
                .isEqualTo(new FindDelayReportQuery(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 2, 10)));
    }

    @Test
    void aMissingStartIsTheStartOfTheReportingYearOfTheEndAndAMissingEndIsToday() {
        assertThat(ReportPeriod.of(null, LocalDate.of(2019, 9, 30), MONDAY_23_NOVEMBER_2026))
                .isEqualTo(new FindDelayReportQuery(LocalDate.of(2019, 4, 1), LocalDate.of(2019, 9, 30)));
        assertThat(ReportPeriod.of(LocalDate.of(2026, 7, 1), null, MONDAY_23_NOVEMBER_2026))
                .isEqualTo(new FindDelayReportQuery(LocalDate.of(2026, 7, 1), MONDAY_23_NOVEMBER_2026));
    }

    @Test
    void datesOutsideTheRecordsAreRefusedBeforeAnyArithmeticOnThem() {
        assertThat(refusal(null, LocalDate.MIN)).extracting(FieldProblem::field).containsExactly("to");
        assertThat(refusal(LocalDate.MAX.minusYears(1), LocalDate.MAX)).extracting(FieldProblem::field).containsExactly("from");
        assertThat(refusal(LocalDate.of(1991, 3, 31), LocalDate.of(1991, 4, 2))).extracting(FieldProblem::field)
                .containsExactly("from");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedNamingTheEndGiven() {
        assertThat(refusal(LocalDate.of(2019, 10, 1), LocalDate.of(2019, 9, 30)))
                .containsExactly(new FieldProblem("to", "cannot be before from"));
        assertThat(refusal(LocalDate.of(2026, 12, 1), null)).extracting(FieldProblem::field).containsExactly("from");
    }

    @Test
    void aPeriodOfFiveYearsOrMoreIsRefused() {
        assertThat(ReportPeriod.of(LocalDate.of(2019, 4, 1), LocalDate.of(2024, 3, 31), MONDAY_23_NOVEMBER_2026).to())
                .isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(refusal(LocalDate.of(2019, 4, 1), LocalDate.of(2024, 4, 1))).extracting(FieldProblem::field)
                .containsExactly("from");
    }

    @SuppressWarnings("unchecked")
    private static List<FieldProblem> refusal(LocalDate from, LocalDate to) {
        ErrorResponseException refused = catchThrowableOfType(ErrorResponseException.class,
                () -> ReportPeriod.of(from, to, MONDAY_23_NOVEMBER_2026));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        return (List<FieldProblem>) refused.getBody().getProperties().get("errors");
    }
}
