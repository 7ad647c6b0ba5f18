package org.childrenscomplaints.query.report.annual.formats;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.childrenscomplaints.api.report.AnnualReport;
import org.childrenscomplaints.api.report.AnnualReport.LearningEntry;
import org.childrenscomplaints.api.report.AnnualReport.ProcedureFigures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The annual report's tables as one CSV file (RFC 4180, UTF-8) in long form: a row per figure,
 * {@code table, procedure, item, value}, named as in the report's JSON, so a spreadsheet can
 * filter and pivot it without knowing the report's layout. One table rather than one per section
 * because a CSV file has one header: a second header halfway down is a row of data to every CSV
 * reader. {@code value} is a count, or a whole percentage in {@code changePercent} and
 * {@code percents}, and is empty where the JSON has null. The learning rows describe rather than
 * count, so their text has columns of its own ({@code category, summary, actions, status}),
 * empty on the counting rows; a learning row's item is the complaint's reference.
 */
public final class AnnualReportCsv {

    static final String[] COLUMNS = {"table", "procedure", "item", "value", "category", "summary", "actions", "status"};

    /** Without it Excel reads the file in the computer's legacy code page and garbles any accented name. */
    static final String BYTE_ORDER_MARK = "\uFEFF";

    /** A list in one cell, separated as the import file separates one (with a space, for reading). */
    static final String ACTION_SEPARATOR = "; ";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(COLUMNS).get();

    /**
     * A spreadsheet runs a cell starting with one of these as a formula (tab and carriage return
     * because some spreadsheets strip them first). Team names and learning are typed by people and
     * an officer opens the file on a council computer, so such text must not run (OWASP's CSV injection).
     */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private AnnualReportCsv() {
    }

    /** The download's name, e.g. annual-report-2019-20.csv. */
    public static String fileName(int year) {
        return "annual-report-" + YearName.of(year).replace('/', '-') + ".csv";
    }

    public static String write(AnnualReport report) {
        StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
        try (CSVPrinter printer = new CSVPrinter(csv, FORMAT)) {
            Rows rows = new Rows(printer);
            rows.counts("totals", null, RecordCounts.of(report.totals()));
            rows.counts("previousTotals", null, RecordCounts.of(report.previousTotals()));
            rows.counts("changePercent", null, RecordCounts.of(report.changePercent()));
            report.procedures().forEach(rows::procedure);
            rows.counts("ombudsmanDecisions", null, report.ombudsmanDecisions());
            rows.counts("complimentsByTeam", null, report.complimentsByTeam());
            report.learning().forEach(rows::learning);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString();
    }

    private record Rows(CSVPrinter printer) {

        void procedure(String procedure, ProcedureFigures figures) {
            count("received", procedure, "complaints", figures.received());
            counts("serviceAreas", procedure, figures.serviceAreas());
            counts("issues", procedure, figures.issues());
            counts("stage1Outcomes", procedure, figures.stage1Outcomes());
            counts("stage1Timeliness", procedure, RecordCounts.of(figures.stage1Timeliness()));
            count("percents", procedure, "percentWithin10", figures.percentWithin10());
            count("percents", procedure, "percentWithin20", figures.percentWithin20());
            counts("stage2Timeliness", procedure, RecordCounts.of(figures.stage2Timeliness()));
            count("escalations", procedure, "escalatedToStage2", figures.escalatedToStage2());
            count("escalations", procedure, "escalatedToStage3", figures.escalatedToStage3());
            count("escalations", procedure, "escalatedToOmbudsman", figures.escalatedToOmbudsman());
        }

        void counts(String table, String procedure, Map<String, Integer> counts) {
            counts.forEach((item, value) -> count(table, procedure, item, value));
        }

        void count(String table, String procedure, String item, Integer value) {
            print(table, procedure, item, value, null, null, null, null);
        }

        void learning(LearningEntry entry) {
            print("learning", null, entry.reference(), null, entry.category(), entry.summary(),
                    String.join(ACTION_SEPARATOR, entry.actions()), entry.allActionsComplete() ? "COMPLETE" : "OPEN");
        }

        private void print(String table, String procedure, String item, Integer value, String category, String summary,
                           String actions, String status) {
            try {
                printer.printRecord(inert(table), inert(procedure), inert(item), value, inert(category), inert(summary),
                        inert(actions), inert(status));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Text a spreadsheet shows as text: a leading apostrophe stops it reading a formula. Every text
         * cell goes through here, the report's own names too, so no free-text column can be missed;
         * numbers are written as numbers and a negative change stays a number.
         */
        private static String inert(String text) {
            if (text == null || text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0) {
                return text;
            }
            return "'" + text;
        }
    }
}
