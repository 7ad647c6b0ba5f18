package org.childrenscomplaints.api.report.delays;

import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.Stage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The seeds' "deep dive": of the stage responses sent in a period, which came after their due date
 * and why. A late response with several delay reasons counts under each of them. Like every report
 * it names no one and carries no free-text note.
 *
 * @param responses     stage responses sent in the period
 * @param late          how many of them were late
 * @param byDelayReason late responses per delay reason, most frequent first
 * @param byQuarter     late responses per reporting quarter ("2019-Q2"), in date order
 * @param rows          late responses per delay reason, procedure and stage, most frequent first
 */
public record DelayReport(LocalDate from, LocalDate to, long responses, long late,
                          Map<String, Long> byDelayReason, Map<Procedure, Long> byProcedure,
                          Map<Stage, Long> byStage, Map<String, Long> byQuarter, List<DelayRow> rows,
                          List<LateResponse> lateResponses) {

    /** Counted in place of a reason for a late response that has none: the same value the contract gives history imported without one. */
    public static final String NOT_RECORDED = "NOT_RECORDED";

    public record DelayRow(String delayReason, Procedure procedure, Stage stage, long count) {
    }

    /** A late stage response; {@code delayReasons} as counted, so {@link #NOT_RECORDED} when none was given. */
    public record LateResponse(String reference, Procedure procedure, Stage stage, LocalDate dueDate,
                               LocalDate respondedOn, int workingDaysLate, List<String> delayReasons) {
    }
}
