package org.childrenscomplaints.query.report.annual;

import org.childrenscomplaints.api.calendar.ReportingYear;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.report.AnnualReport;
import org.childrenscomplaints.api.report.AnnualReport.Change;
import org.childrenscomplaints.api.report.AnnualReport.LearningEntry;
import org.childrenscomplaints.api.report.AnnualReport.ProcedureFigures;
import org.childrenscomplaints.api.report.AnnualReport.Stage1Timeliness;
import org.childrenscomplaints.api.report.AnnualReport.Stage2Timeliness;
import org.childrenscomplaints.api.report.AnnualReport.Totals;

import java.math.BigDecimal;
import java.math.RoundingMode;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.childrenscomplaints.query.report.annual.AnnualCounts.COMMENTS;
import static org.childrenscomplaints.query.report.annual.AnnualCounts.COMPLIMENTS;
import static org.childrenscomplaints.query.report.annual.AnnualCounts.FROM_CHILDREN;
import static org.childrenscomplaints.query.report.annual.AnnualCounts.ISSUES;
import static org.childrenscomplaints.query.report.annual.AnnualCounts.NOT_RESPONDED;
import static org.childrenscomplaints.query.report.annual.AnnualCounts.RECEIVED;
import static org.childrenscomplaints.query.report.annual.AnnualCounts.SERVICE_AREAS;
import static org.childrenscomplaints.query.report.annual.AnnualCounts.STAGE1_OUTCOMES;
import static org.childrenscomplaints.query.report.annual.AnnualCounts.STAGE1_TIMELINESS;
import static org.childrenscomplaints.query.report.annual.AnnualCounts.STAGE2_TIMELINESS;

/**
 * Writes a year's counts out as the contract's annual report: totals, changes, percentages,
 * breakdowns. Its maps are read-only, since a report is kept and answered again ({@link AnnualReportQueryHandler}).
 */
final class AnnualReportAssembler {

    private AnnualReportAssembler() {
    }

    static AnnualReport assemble(int year, Map<String, Integer> counts, Map<String, Integer> previousYearCounts,
                                 List<LearningEntry> learning) {
        YearCounts thisYear = YearCounts.decode(counts);
        Totals totals = thisYear.totals();
        Totals previous = YearCounts.decode(previousYearCounts).totals();
        Map<String, ProcedureFigures> procedures = new LinkedHashMap<>();
        for (Procedure procedure : Procedure.values()) {
            procedures.put(procedure.name(), thisYear.procedure(procedure.name()));
        }
        return new AnnualReport(year, ReportingYear.firstDay(year), ReportingYear.firstDay(year + 1).minusDays(1),
                totals, previous, change(totals, previous), Collections.unmodifiableMap(procedures),
                thisYear.breakdown(CountKey.OMBUDSMAN, CountKey.DECISIONS),
                thisYear.breakdown(CountKey.COMPLIMENTS, CountKey.BY_TEAM), learning);
    }

    /** Whole percent, half-up; none when there is nothing to compare with. */
    static Integer percent(int part, int whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP).intValue();
    }

    private static Change change(Totals now, Totals before) {
        return new Change(changeOf(now.complaints(), before.complaints()), changeOf(now.statutory(), before.statutory()),
                changeOf(now.corporate(), before.corporate()), changeOf(now.send(), before.send()),
                changeOf(now.comments(), before.comments()), changeOf(now.compliments(), before.compliments()),
                changeOf(now.complimentTeams(), before.complimentTeams()),
                changeOf(now.fromChildrenAndYoungPeople(), before.fromChildrenAndYoungPeople()));
    }

    private static Integer changeOf(int now, int before) {
        return percent(now - before, before);
    }

    /** One year's decoded counts. */
    private record YearCounts(Map<CountKey, Integer> counts) {

        static YearCounts decode(Map<String, Integer> encoded) {
            Map<CountKey, Integer> decoded = new LinkedHashMap<>();
            encoded.forEach((key, n) -> decoded.put(CountKey.decode(key), n));
            return new YearCounts(decoded);
        }

        Totals totals() {
            int statutory = total(AnnualCounts.totalOf(Procedure.STATUTORY));
            int corporate = total(AnnualCounts.totalOf(Procedure.CORPORATE));
            return new Totals(statutory + corporate, statutory, corporate, total(AnnualCounts.totalOf(Procedure.SEND)), total(COMMENTS), total(COMPLIMENTS),
                    breakdown(CountKey.COMPLIMENTS, CountKey.BY_TEAM).size(), total(FROM_CHILDREN));
        }

        ProcedureFigures procedure(String procedure) {
            int received = count(CountKey.of(procedure, RECEIVED));
            Map<String, Integer> issues = breakdown(procedure, ISSUES);
            Map<String, Integer> stage1 = breakdown(procedure, STAGE1_TIMELINESS);
            Map<String, Integer> stage2 = breakdown(procedure, STAGE2_TIMELINESS);
            int within10 = stage1.getOrDefault("within10", 0);
            int from11to20 = stage1.getOrDefault("from11to20", 0);
            return new ProcedureFigures(received, breakdown(procedure, SERVICE_AREAS), issues,
                    issues.values().stream().mapToInt(Integer::intValue).sum(), issues.size(),
                    breakdown(procedure, STAGE1_OUTCOMES),
                    new Stage1Timeliness(within10, from11to20, stage1.getOrDefault("over20", 0),
                            stage1.getOrDefault(NOT_RESPONDED, 0)),
                    percent(within10, received), percent(within10 + from11to20, received),
                    new Stage2Timeliness(stage2.getOrDefault("within25", 0), stage2.getOrDefault("from26to65", 0),
                            stage2.getOrDefault("over65", 0), stage2.getOrDefault(NOT_RESPONDED, 0)),
                    count(CountKey.of(procedure, "escalatedToStage2")), count(CountKey.of(procedure, "escalatedToStage3")),
                    count(CountKey.of(procedure, "escalatedToOmbudsman")));
        }

        /** The items counted under a section's measure, largest first, then by name; zero counts left out. */
        Map<String, Integer> breakdown(String section, String measure) {
            Map<String, Integer> items = new LinkedHashMap<>();
            counts.entrySet().stream()
                    .filter(count -> count.getKey().section().equals(section) && count.getKey().measure().equals(measure)
                            && count.getKey().item() != null && count.getValue() > 0)
                    .sorted(Map.Entry.<CountKey, Integer>comparingByValue().reversed()
                            .thenComparing(count -> count.getKey().item(), Comparator.naturalOrder()))
                    .forEach(count -> items.put(count.getKey().item(), count.getValue()));
            return Collections.unmodifiableMap(items);
        }

        private int total(String measure) {
            return count(CountKey.of(CountKey.TOTALS, measure));
        }

        private int count(CountKey key) {
            return counts.getOrDefault(key, 0);
        }
    }
}
