package org.childrenscomplaints.query.report.annual.formats;

import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.report.AnnualReport;
import org.childrenscomplaints.api.report.AnnualReport.LearningEntry;
import org.childrenscomplaints.api.report.AnnualReport.ProcedureFigures;
import org.childrenscomplaints.api.report.AnnualReport.Totals;
import org.childrenscomplaints.query.report.annual.formats.BarChart.Group;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What the printable annual report shows, worded and laid out for its template: the totals against
 * the year before, the volumes of the years compared, each procedure's figures, the Ombudsman's
 * decisions, compliments by team and the learning. Each chart carries its figures, which the
 * template also gives as a table beside it for readers who cannot see the chart.
 */
public record AnnualReportPage(String yearName, String period, String previousYearName, List<TotalRow> totals,
                               List<String> yearsCompared, List<VolumeRow> volumes, Figure volumesChart,
                               List<ProcedureSection> procedures, Figure ombudsmanDecisions,
                               Figure complimentsByTeam, List<LearningRow> learning) {

    public static final String TEMPLATE = "reports/annual-report";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** A total this year and the year before, with the change in words a reader can print. */
    public record TotalRow(String label, int thisYear, int previousYear, String change) {
    }

    /** One kind of contact received in each year compared, newest first. */
    public record VolumeRow(String label, List<Integer> counts) {
    }

    /** A chart with its title and what its items are, for the heading of the table beside it. */
    public record Figure(String title, String itemHeading, BarChart chart) {
    }

    public record ProcedureSection(String title, ProcedureFigures figures, List<Figure> charts) {
    }

    public record LearningRow(String reference, String category, String summary, List<String> actions, String status) {
    }

    /**
     * @param report       the year reported on
     * @param earlierYears the years before it to compare volumes with, newest first
     */
    public static AnnualReportPage of(AnnualReport report, List<AnnualReport> earlierYears) {
        String yearName = YearName.of(report.year());
        List<AnnualReport> compared = Stream.concat(Stream.of(report), earlierYears.stream()).toList();
        List<String> yearsCompared = compared.stream().map(year -> YearName.of(year.year())).toList();
        List<VolumeRow> volumes = volumes(compared);
        Figure volumesChart = new Figure("Complaints, comments and compliments received, "
                + yearsCompared.get(yearsCompared.size() - 1) + " to " + yearName, "Received",
                volumesChart(volumes, yearsCompared));
        List<ProcedureSection> procedures = report.procedures().entrySet().stream()
                .map(procedure -> procedure(procedure.getKey(), procedure.getValue(), yearName)).toList();
        return new AnnualReportPage(yearName, DAY.format(report.from()) + " to " + DAY.format(report.to()),
                YearName.of(report.year() - 1), totals(report), yearsCompared, volumes, volumesChart, procedures,
                new Figure("Ombudsman decisions, " + yearName, "Decision", chart(report.ombudsmanDecisions(), Labels::of)),
                new Figure("Compliments by team, " + yearName, "Team", chart(report.complimentsByTeam(), Function.identity())),
                report.learning().stream().map(AnnualReportPage::learning).toList());
    }

    private static List<TotalRow> totals(AnnualReport report) {
        Map<String, Integer> thisYear = RecordCounts.of(report.totals());
        Map<String, Integer> previousYear = RecordCounts.of(report.previousTotals());
        Map<String, Integer> change = RecordCounts.of(report.changePercent());
        return thisYear.keySet().stream().map(total -> new TotalRow(Labels.of(total), thisYear.get(total),
                previousYear.get(total), change(change.get(total)))).toList();
    }

    private static String change(Integer percent) {
        if (percent == null) {
            return "none the year before";
        }
        return percent > 0 ? "+" + percent + "%" : percent + "%";
    }

    /** The kinds of contact the seed report compares over four years. */
    private static List<VolumeRow> volumes(List<AnnualReport> years) {
        List<String> kinds = List.of("statutory", "corporate", "send", "comments", "compliments");
        List<Map<String, Integer>> totals = years.stream().map(year -> RecordCounts.of(year.totals())).toList();
        return kinds.stream().map(kind -> new VolumeRow(Labels.of(kind),
                totals.stream().map(year -> year.get(kind)).toList())).toList();
    }

    private static BarChart volumesChart(List<VolumeRow> volumes, List<String> years) {
        return BarChart.grouped(volumes.stream().map(kind -> {
            Map<String, Integer> byYear = new LinkedHashMap<>();
            for (int i = 0; i < years.size(); i++) {
                byYear.put(years.get(i), kind.counts().get(i));
            }
            return new Group(kind.label(), byYear);
        }).toList());
    }

    private static ProcedureSection procedure(String procedure, ProcedureFigures figures, String yearName) {
        String title = Labels.of(procedure);
        String about = title + " " + yearName + ": ";
        Map<String, Integer> escalations = new LinkedHashMap<>();
        escalations.put("escalatedToStage2", figures.escalatedToStage2());
        // only the statutory procedure has a Stage 3: a zero bar elsewhere would suggest there could be one
        if (Procedure.STATUTORY.name().equals(procedure)) {
            escalations.put("escalatedToStage3", figures.escalatedToStage3());
        }
        escalations.put("escalatedToOmbudsman", figures.escalatedToOmbudsman());
        return new ProcedureSection(title, figures, List.of(
                new Figure(about + "service areas", "Service area", chart(figures.serviceAreas(), Function.identity())),
                new Figure(about + "issues raised", "Issue", chart(figures.issues(), Labels::of)),
                new Figure(about + "Stage 1 outcomes", "Outcome", chart(figures.stage1Outcomes(), Labels::of)),
                new Figure(about + "Stage 1 response times", "Working days taken",
                        chart(RecordCounts.of(figures.stage1Timeliness()), Labels::of)),
                new Figure(about + "Stage 2 response times", "Working days taken",
                        chart(RecordCounts.of(figures.stage2Timeliness()), Labels::of)),
                new Figure(about + "escalations requested", "Escalated", chart(escalations, Labels::of))));
    }

    /** A chart of the counts, each item worded by {@code label}, in the counts' order (largest first in the report). */
    private static BarChart chart(Map<String, Integer> counts, Function<String, String> label) {
        Map<String, Integer> labelled = new LinkedHashMap<>();
        counts.forEach((item, count) -> labelled.merge(label.apply(item), count, Integer::sum));
        return BarChart.of(labelled);
    }

    private static LearningRow learning(LearningEntry entry) {
        return new LearningRow(entry.reference(), Labels.of(entry.category()), entry.summary(), entry.actions(),
                entry.allActionsComplete() ? "Actions complete" : "Actions open");
    }
}
