package org.childrenscomplaints.query.report.annual.formats;

import org.childrenscomplaints.query.report.annual.formats.AnnualReportPage.Figure;
import org.childrenscomplaints.query.report.annual.formats.AnnualReportPage.LearningRow;
import org.childrenscomplaints.query.report.annual.formats.AnnualReportPage.ProcedureSection;
import org.childrenscomplaints.query.report.annual.formats.AnnualReportPage.TotalRow;
import org.childrenscomplaints.query.report.annual.formats.AnnualReportPage.VolumeRow;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The printable report's content, and its template rendered as the query side renders it. */
class AnnualReportPageTest {

    private final AnnualReportPage page = AnnualReportPage.of(SampleReport.of2019(),
            List.of(SampleReport.empty(2018), SampleReport.empty(2017), SampleReport.empty(2016)));

    @Test
    void theTotalsAreComparedWithTheYearBeforeInWords() {
        assertThat(page.yearName()).isEqualTo("2019/20");
        assertThat(page.previousYearName()).isEqualTo("2018/19");
        assertThat(page.period()).isEqualTo("1 April 2019 to 31 March 2020");
        assertThat(page.totals()).contains(
                new TotalRow("Statutory complaints", 28, 91, "-69%"),
                new TotalRow("Corporate complaints", 174, 114, "+53%"),
                new TotalRow("Teams complimented", 29, 0, "none the year before"),
                new TotalRow("Complaints from children and young people", 14, 14, "0%"));
    }

    @Test
    void volumesAreComparedOverFourYearsNewestFirst() {
        assertThat(page.yearsCompared()).containsExactly("2019/20", "2018/19", "2017/18", "2016/17");
        assertThat(page.volumes()).extracting(VolumeRow::label).containsExactly("Statutory complaints",
                "Corporate complaints", "SEND complaints", "Comments", "Compliments");
        assertThat(page.volumes().get(0).counts()).containsExactly(28, 0, 0, 0);
        assertThat(page.volumesChart().chart().headings()).hasSize(5);
        assertThat(page.volumesChart().chart().bars()).hasSize(5 * 4);
    }

    @Test
    void eachProcedureHasItsSixChartsWithTheContractsCodesInWords() {
        assertThat(page.procedures()).extracting(ProcedureSection::title)
                .containsExactly("Statutory complaints", "Corporate complaints", "SEND complaints");
        ProcedureSection statutory = page.procedures().get(0);
        assertThat(statutory.charts()).extracting(Figure::title).containsExactly(
                "Statutory complaints 2019/20: service areas", "Statutory complaints 2019/20: issues raised",
                "Statutory complaints 2019/20: Stage 1 outcomes", "Statutory complaints 2019/20: Stage 1 response times",
                "Statutory complaints 2019/20: Stage 2 response times", "Statutory complaints 2019/20: escalations requested");
        assertThat(items(statutory.charts().get(0))).as("service areas as the council wrote them")
                .containsExactly(Map.entry("CIC", 6), Map.entry("ASS", 5));
        assertThat(items(statutory.charts().get(1))).containsExactly(
                Map.entry("Quality of service support", 12), Map.entry("Staff behaviour", 5));
        assertThat(items(statutory.charts().get(3))).containsExactly(Map.entry("Within 10 working days", 9),
                Map.entry("11 to 20 working days", 7), Map.entry("Over 20 working days", 9), Map.entry("Not yet answered", 3));
        assertThat(items(statutory.charts().get(5))).containsExactly(Map.entry("To Stage 2", 2),
                Map.entry("To Stage 3 (review panel)", 1), Map.entry("To the Ombudsman", 2));
        assertThat(items(page.procedures().get(1).charts().get(5))).as("no Stage 3 outside the statutory procedure")
                .containsExactly(Map.entry("To Stage 2", 0), Map.entry("To the Ombudsman", 0));
        assertThat(items(page.ombudsmanDecisions())).containsExactly(
                Map.entry("Upheld: fault causing injustice", 1), Map.entry("Not upheld: no fault", 1));
        assertThat(items(page.complimentsByTeam())).as("top teams first")
                .containsExactly(Map.entry("Early Help", 13), Map.entry("@Court Team", 10));
    }

    @Test
    void learningIsListedWithItsActionsAndWhetherTheyAreDone() {
        assertThat(page.learning()).containsExactly(
                new LearningRow("ST-2019-0003", "Provide training", SampleReport.FORMULA_SUMMARY,
                        List.of("Leaflets in every office", SampleReport.MARKUP_ACTION), "Actions complete"),
                new LearningRow("CO-2019-0010", "Improve communication", "Calls were not returned", List.of(), "Actions open"));
    }

    @Test
    void theTemplateDrawsEveryChartWithATitleAndATableAndEscapesAllText() {
        String html = render(page);

        assertThat(html).contains("<h1>Annual report 2019/20</h1>", "1 April 2019 to 31 March 2020",
                "<title id=\"chart-title-1\">Complaints, comments and compliments received, 2016/17 to 2019/20</title>",
                "viewBox=\"0 0 600 ", "None in this year.");
        // years compared; six for statutory, six for corporate, SEND's response times and escalations; Ombudsman; compliments
        int charts = 1 + 6 + 6 + 3 + 1 + 1;
        assertThat(html.split("<svg ", -1)).hasSize(charts + 1);
        assertThat(html.split("aria-labelledby=\"chart-title-", -1)).hasSize(charts + 1);
        assertThat(html.split("<table", -1)).as("a table beside each chart, the totals, the learning").hasSize(charts + 3);
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script");
        assertThat(html).as("every Thymeleaf attribute processed").doesNotContainPattern("\\sth:[a-z]+=").doesNotContain("${");
    }

    private static Map<String, Integer> items(Figure figure) {
        return figure.chart().bars().stream().collect(Collectors.toMap(BarChart.Bar::label,
                BarChart.Bar::value, (a, b) -> a, LinkedHashMap::new));
    }

    private static String render(AnnualReportPage page) {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setTemplateMode(TemplateMode.HTML);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        return engine.process(AnnualReportPage.TEMPLATE, new Context(Locale.UK, Map.of("page", page)));
    }
}
