package org.childrenscomplaints.query.report.annual.formats;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.childrenscomplaints.api.report.AnnualReport;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AnnualReportCsvTest {

    private final String csv = AnnualReportCsv.write(SampleReport.of2019());
    private final List<CSVRecord> rows = parse(csv);

    @Test
    void everyTableOfTheReportIsThereInLongForm() {
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly(AnnualReportCsv.COLUMNS);
        assertThat(rows.stream().map(row -> row.get("table")).distinct()).containsExactly("totals", "previousTotals",
                "changePercent", "received", "serviceAreas", "issues", "stage1Outcomes", "stage1Timeliness", "percents",
                "stage2Timeliness", "escalations", "ombudsmanDecisions", "complimentsByTeam", "learning");
        assertThat(rows.stream().filter(row -> row.get("table").equals("received")).map(row -> row.get("procedure")))
                .containsExactly("STATUTORY", "CORPORATE", "SEND");
        assertThat(rows).allSatisfy(row -> assertThat(row.size()).isEqualTo(AnnualReportCsv.COLUMNS.length));
    }

    @Test
    void eachFigureIsNamedAsInTheJson() {
        assertThat(value("totals", "", "complaints")).isEqualTo("202");
        assertThat(value("previousTotals", "", "statutory")).isEqualTo("91");
        assertThat(value("changePercent", "", "statutory")).as("a fall is a negative number, not text").isEqualTo("-69");
        assertThat(value("changePercent", "", "complimentTeams")).as("null: nothing to compare with").isEmpty();
        assertThat(value("received", "CORPORATE", "complaints")).isEqualTo("174");
        assertThat(value("serviceAreas", "STATUTORY", "CIC")).isEqualTo("6");
        assertThat(value("issues", "CORPORATE", "STAFF_BEHAVIOUR")).isEqualTo("43");
        assertThat(value("stage1Outcomes", "STATUTORY", "PARTIALLY_UPHELD")).isEqualTo("5");
        assertThat(value("stage1Timeliness", "STATUTORY", "from11to20")).isEqualTo("7");
        assertThat(value("percents", "STATUTORY", "percentWithin20")).isEqualTo("57");
        assertThat(value("percents", "SEND", "percentWithin10")).as("none received").isEmpty();
        assertThat(value("stage2Timeliness", "STATUTORY", "notResponded")).isEqualTo("1");
        assertThat(value("escalations", "STATUTORY", "escalatedToStage3")).isEqualTo("1");
        assertThat(value("ombudsmanDecisions", "", "NOT_UPHELD_NO_FAULT")).isEqualTo("1");
        assertThat(value("complimentsByTeam", "", "Early Help")).isEqualTo("13");
    }

    @Test
    void learningRowsCarryTheirTextQuotedAsRfc4180Says() {
        CSVRecord learning = row("learning", "", "ST-2019-0003");
        assertThat(learning.get("value")).isEmpty();
        assertThat(learning.get("category")).isEqualTo("PROVIDE_TRAINING");
        assertThat(learning.get("actions")).isEqualTo("Leaflets in every office; " + SampleReport.MARKUP_ACTION);
        assertThat(learning.get("status")).isEqualTo("COMPLETE");
        assertThat(row("learning", "", "CO-2019-0010").get("status")).isEqualTo("OPEN");
        assertThat(csv).contains("\"Leaflets in every office; -Remind staff <script>alert(1)</script>, \"\"in writing\"\"\"");
        assertThat(csv).startsWith(AnnualReportCsv.BYTE_ORDER_MARK + "table,procedure,item,value,category,summary,actions,status\r\n");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        assertThat(row("learning", "", "ST-2019-0003").get("summary")).isEqualTo("'" + SampleReport.FORMULA_SUMMARY);

        Map<String, Integer> teams = new LinkedHashMap<>();
        for (String team : List.of("=1+1", "+44 team", "-2", "@SUM(A1)", "\tTabbed", "\rReturned", "Early Help")) {
            teams.put(team, 1);
        }
        AnnualReport report = SampleReport.of2019();
        AnnualReport hostileTeams = new AnnualReport(report.year(), report.from(), report.to(), report.totals(),
                report.previousTotals(), report.changePercent(), report.procedures(), report.ombudsmanDecisions(), teams,
                report.learning());

        assertThat(parse(AnnualReportCsv.write(hostileTeams)).stream()
                .filter(row -> row.get("table").equals("complimentsByTeam")).map(row -> row.get("item")))
                .containsExactly("'=1+1", "'+44 team", "'-2", "'@SUM(A1)", "'\tTabbed", "'\rReturned", "Early Help");
    }

    @Test
    void theDownloadIsNamedAfterTheReportingYear() {
        assertThat(AnnualReportCsv.fileName(2019)).isEqualTo("annual-report-2019-20.csv");
        assertThat(AnnualReportCsv.fileName(2099)).isEqualTo("annual-report-2099-00.csv");
    }

    private String value(String table, String procedure, String item) {
        return row(table, procedure, item).get("value");
    }

    private CSVRecord row(String table, String procedure, String item) {
        return rows.stream()
                .filter(row -> row.get("table").equals(table) && row.get("procedure").equals(procedure)
                        && row.get("item").equals(item))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + table + "/" + procedure + "/" + item));
    }

    private static List<CSVRecord> parse(String csv) {
        assertThat(csv).startsWith(AnnualReportCsv.BYTE_ORDER_MARK);
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv.substring(1))).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
