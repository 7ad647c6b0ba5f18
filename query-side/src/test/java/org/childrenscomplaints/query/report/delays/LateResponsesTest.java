package org.childrenscomplaints.query.report.delays;

import org.childrenscomplaints.api.calendar.WorkingDayCalendar;
import org.childrenscomplaints.api.complaint.ComplaintView;
import org.childrenscomplaints.api.report.delays.DelayReport;
import org.childrenscomplaints.api.report.delays.DelayReport.DelayRow;
import org.childrenscomplaints.api.report.delays.DelayReport.LateResponse;
import org.childrenscomplaints.api.report.delays.FindDelayReportQuery;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.childrenscomplaints.api.complaint.Outcome.NOT_UPHELD;
import static org.childrenscomplaints.api.complaint.Outcome.UPHELD;
import static org.childrenscomplaints.api.complaint.Procedure.CORPORATE;
import static org.childrenscomplaints.api.complaint.Procedure.SEND;
import static org.childrenscomplaints.api.complaint.Procedure.STATUTORY;
import static org.childrenscomplaints.api.complaint.Stage.STAGE_1;
import static org.childrenscomplaints.api.complaint.Stage.STAGE_2;
import static org.childrenscomplaints.query.TestViews.answered;
import static org.childrenscomplaints.query.TestViews.complaint;

/** The counting rules of the delay report, on case views built in memory. */
class LateResponsesTest {

    private static final FindDelayReportQuery QUARTER_2_2019 = new FindDelayReportQuery(
            LocalDate.of(2019, 7, 1), LocalDate.of(2019, 9, 30));

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @Test
    void aLateResponseCountsOnceOverallAndOnceUnderEachOfItsReasonsProceduresAndStages() {
        List<ComplaintView> cases = List.of(
                complaint("ST-2019-0001", STATUTORY,
                        answered(STAGE_1, date("2019-07-15"), date("2019-07-18"), NOT_UPHELD, "LEGAL_ISSUE", "INVESTIGATOR_UNAVAILABLE")),
                complaint("CO-2019-0001", CORPORATE,
                        answered(STAGE_1, date("2019-07-12"), date("2019-07-10"), NOT_UPHELD),
                        answered(STAGE_2, date("2019-09-02"), date("2019-09-04"), UPHELD, "INVESTIGATOR_UNAVAILABLE")),
                complaint("CO-2019-0002", CORPORATE,
                        answered(STAGE_1, date("2019-08-30"), date("2019-09-02"), NOT_UPHELD)),
                complaint("ST-2019-0002", STATUTORY,
                        answered(STAGE_1, date("2019-09-10"), date("2019-09-12"), UPHELD, "LEGAL_ISSUE")));

        DelayReport report = LateResponses.report(QUARTER_2_2019, cases, calendar);

        assertThat(report.responses()).isEqualTo(5);
        assertThat(report.late()).isEqualTo(4);
        assertThat(report.byDelayReason()).containsExactly(entry("INVESTIGATOR_UNAVAILABLE", 2L),
                entry("LEGAL_ISSUE", 2L), entry(DelayReport.NOT_RECORDED, 1L));
        assertThat(report.byProcedure()).containsExactly(entry(STATUTORY, 2L), entry(CORPORATE, 2L));
        assertThat(report.byStage()).containsExactly(entry(STAGE_1, 3L), entry(STAGE_2, 1L));
        assertThat(report.byQuarter()).containsExactly(entry("2019-Q2", 4L));
        assertThat(report.rows()).containsExactly(
                new DelayRow("LEGAL_ISSUE", STATUTORY, STAGE_1, 2),
                new DelayRow("INVESTIGATOR_UNAVAILABLE", STATUTORY, STAGE_1, 1),
                new DelayRow("INVESTIGATOR_UNAVAILABLE", CORPORATE, STAGE_2, 1),
                new DelayRow(DelayReport.NOT_RECORDED, CORPORATE, STAGE_1, 1));
        assertThat(report.lateResponses()).containsExactly(
                new LateResponse("ST-2019-0001", STATUTORY, STAGE_1, date("2019-07-15"), date("2019-07-18"), 3,
                        List.of("LEGAL_ISSUE", "INVESTIGATOR_UNAVAILABLE")),
                new LateResponse("CO-2019-0002", CORPORATE, STAGE_1, date("2019-08-30"), date("2019-09-02"), 1,
                        List.of(DelayReport.NOT_RECORDED)),
                new LateResponse("CO-2019-0001", CORPORATE, STAGE_2, date("2019-09-02"), date("2019-09-04"), 2,
                        List.of("INVESTIGATOR_UNAVAILABLE")),
                new LateResponse("ST-2019-0002", STATUTORY, STAGE_1, date("2019-09-10"), date("2019-09-12"), 2,
                        List.of("LEGAL_ISSUE")));
    }

    @Test
    void onlyResponsesSentInThePeriodCountAndBothItsEndsAreIn() {
        List<ComplaintView> cases = List.of(
                complaint("SE-2019-0001", SEND,
                        answered(STAGE_1, date("2019-06-20"), date("2019-06-30"), NOT_UPHELD, "LEGAL_ISSUE"),
                        answered(STAGE_2, date("2019-06-25"), date("2019-07-01"), NOT_UPHELD, "LEGAL_ISSUE")),
                complaint("SE-2019-0002", SEND,
                        answered(STAGE_1, date("2019-09-20"), date("2019-09-30"), NOT_UPHELD, "LEGAL_ISSUE"),
                        answered(STAGE_2, date("2019-09-25"), date("2019-10-01"), NOT_UPHELD, "LEGAL_ISSUE")));

        DelayReport report = LateResponses.report(QUARTER_2_2019, cases, calendar);

        assertThat(report.responses()).isEqualTo(2);
        assertThat(report.lateResponses()).extracting(LateResponse::respondedOn)
                .containsExactly(date("2019-07-01"), date("2019-09-30"));
    }

    @Test
    void aReasonRecordedTwiceCountsOnceAndTheImportsNotRecordedIsAReasonLikeAnyOther() {
        List<ComplaintView> cases = List.of(complaint("CO-2019-0003", CORPORATE,
                answered(STAGE_1, date("2019-07-15"), date("2019-07-16"), UPHELD, "NOT_RECORDED", "NOT_RECORDED")));

        DelayReport report = LateResponses.report(QUARTER_2_2019, cases, calendar);

        assertThat(report.byDelayReason()).containsExactly(entry("NOT_RECORDED", 1L));
        assertThat(report.lateResponses().get(0).delayReasons()).containsExactly("NOT_RECORDED");
    }

    @Test
    void quartersAreTheReportingYearsInDateOrderAndAWeekendAfterAFridayDueDateIsLateByNoWorkingDay() {
        FindDelayReportQuery year2019 = new FindDelayReportQuery(date("2019-04-01"), date("2020-03-31"));
        List<ComplaintView> cases = List.of(
                complaint("CO-2019-0004", CORPORATE, answered(STAGE_1, date("2020-01-10"), date("2020-01-11"), UPHELD, "OTHER")),
                complaint("CO-2019-0005", CORPORATE, answered(STAGE_1, date("2019-06-20"), date("2019-06-28"), UPHELD, "OTHER")),
                complaint("CO-2019-0006", CORPORATE, answered(STAGE_1, date("2019-09-27"), date("2019-10-01"), UPHELD, "OTHER")));

        DelayReport report = LateResponses.report(year2019, cases, calendar);

        assertThat(report.byQuarter()).containsExactly(entry("2019-Q1", 1L), entry("2019-Q3", 1L), entry("2019-Q4", 1L));
        assertThat(report.lateResponses()).extracting(LateResponse::reference, LateResponse::workingDaysLate)
                .containsExactly(tuple("CO-2019-0005", 6), tuple("CO-2019-0006", 2), tuple("CO-2019-0004", 0));
    }

    @Test
    void aPeriodWithNothingLateStillCountsItsResponses() {
        DelayReport report = LateResponses.report(QUARTER_2_2019, List.of(complaint("CO-2019-0007", CORPORATE,
                answered(STAGE_1, date("2019-07-15"), date("2019-07-15"), UPHELD))), calendar);

        assertThat(report).isEqualTo(new DelayReport(QUARTER_2_2019.from(), QUARTER_2_2019.to(), 1, 0, Map.of(),
                Map.of(), Map.of(), Map.of(), List.of(), List.of()));
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
