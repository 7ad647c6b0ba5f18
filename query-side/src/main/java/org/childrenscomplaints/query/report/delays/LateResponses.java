package org.childrenscomplaints.query.report.delays;

import org.childrenscomplaints.api.calendar.ReportingYear;
import org.childrenscomplaints.api.calendar.WorkingDayCalendar;
import org.childrenscomplaints.api.complaint.ComplaintView;
import org.childrenscomplaints.api.complaint.ComplaintView.StageView;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.api.report.delays.DelayReport;
import org.childrenscomplaints.api.report.delays.DelayReport.DelayRow;
import org.childrenscomplaints.api.report.delays.DelayReport.LateResponse;
import org.childrenscomplaints.api.report.delays.FindDelayReportQuery;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Counts the late responses of a period: pure, so the counting rules are tested without a database. */
final class LateResponses {

    private static final Comparator<LateResponse> IN_DATE_ORDER = Comparator.comparing(LateResponse::respondedOn)
            .thenComparing(LateResponse::reference).thenComparing(LateResponse::stage);

    private LateResponses() {
    }

    /** {@code cases} may hold responses outside the period too: only those inside it are counted. */
    static DelayReport report(FindDelayReportQuery period, Collection<ComplaintView> cases, WorkingDayCalendar calendar) {
        List<StageResponse> responses = cases.stream()
                .flatMap(complaint -> complaint.stages().stream()
                        .filter(stage -> stage.respondedOn() != null && period.covers(stage.respondedOn()))
                        .map(stage -> new StageResponse(complaint, stage)))
                .toList();
        List<LateResponse> late = responses.stream().filter(StageResponse::late)
                .map(response -> response.describe(calendar))
                .sorted(IN_DATE_ORDER)
                .toList();
        Stream<String> reasons = late.stream().flatMap(response -> response.delayReasons().stream());
        // labels like "2019-Q4" sort in date order
        Map<String, Long> byQuarter = late.stream().collect(Collectors.groupingBy(
                response -> ReportingYear.quarterOf(response.respondedOn()), TreeMap::new, Collectors.counting()));
        return new DelayReport(period.from(), period.to(), responses.size(), late.size(), mostFrequentFirst(reasons),
                mostFrequentFirst(late.stream().map(LateResponse::procedure)),
                mostFrequentFirst(late.stream().map(LateResponse::stage)),
                Collections.unmodifiableMap(byQuarter), rows(late), late);
    }

    private static List<DelayRow> rows(List<LateResponse> late) {
        return late.stream()
                .flatMap(response -> response.delayReasons().stream()
                        .map(reason -> new RowKey(reason, response.procedure(), response.stage())))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream()
                .map(row -> new DelayRow(row.getKey().delayReason(), row.getKey().procedure(), row.getKey().stage(),
                        row.getValue()))
                .sorted(Comparator.comparing(DelayRow::count).reversed()
                        .thenComparing(DelayRow::delayReason)
                        .thenComparing(DelayRow::procedure)
                        .thenComparing(DelayRow::stage))
                .toList();
    }

    /** Ties in the order of the keys, so the same data always reads the same way. */
    private static <K extends Comparable<K>> Map<K, Long> mostFrequentFirst(Stream<K> keys) {
        Map<K, Long> counts = keys.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Map<K, Long> ordered = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<K, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(count -> ordered.put(count.getKey(), count.getValue()));
        return Collections.unmodifiableMap(ordered);
    }

    private record RowKey(String delayReason, Procedure procedure, Stage stage) {
    }

    /** One stage's response, with the case it belongs to. */
    private record StageResponse(ComplaintView complaint, StageView stage) {

        boolean late() {
            return stage.dueDate() != null && stage.respondedOn().isAfter(stage.dueDate());
        }

        LateResponse describe(WorkingDayCalendar calendar) {
            // a reason recorded twice for the same stage is still one reason for this response
            List<String> reasons = stage.delayReasons().stream().distinct().toList();
            return new LateResponse(complaint.reference(), complaint.procedure(), stage.stage(), stage.dueDate(),
                    stage.respondedOn(), calendar.workingDaysSince(stage.dueDate(), stage.respondedOn()),
                    reasons.isEmpty() ? List.of(DelayReport.NOT_RECORDED) : reasons);
        }
    }
}
