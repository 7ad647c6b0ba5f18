package org.childrenscomplaints.standalone.demo;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.childrenscomplaints.api.calendar.ReportingYear;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.command.imports.ImportColumns;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.childrenscomplaints.command.imports.ImportColumns.RECEIVED_ON;
import static org.childrenscomplaints.command.imports.ImportColumns.RECORD_TYPE;
import static org.childrenscomplaints.command.imports.ImportColumns.REFERENCE;

/** The demo council's 2018/19 and 2019/20 as the contract's import file, from {@link SeedFigures}. */
final class DemoCsv {

    /** Where the app finds it on its classpath. */
    static final String RESOURCE = "demo/council-2018-2020.csv";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(ImportColumns.ALL.toArray(String[]::new))
            // LF rather than RFC 4180's CRLF: the import reads either, and git diffs stay readable
            .setRecordSeparator('\n')
            .get();

    private DemoCsv() {
    }

    static String generate() {
        List<ComplaintRow> complaints = new ArrayList<>();
        SeedFigures.COMPLAINTS.forEach(cohort -> complaints.addAll(ComplaintRows.of(cohort)));
        Storylines.tell(complaints);

        List<Map<String, String>> records = new ArrayList<>();
        complaints.forEach(complaint -> records.add(complaint.cells()));
        for (int year : List.of(SeedFigures.LAST_YEAR, SeedFigures.THIS_YEAR)) {
            records.addAll(CommentAndComplimentRows.comments(year, SeedFigures.COMMENTS.get(year),
                    SeedFigures.SEND_COMMENTS.get(year)));
            records.addAll(CommentAndComplimentRows.compliments(year, SeedFigures.COMPLIMENTS_BY_TEAM.get(year)));
        }
        // the order a tracking spreadsheet has: by the day each contact came in
        records.sort(Comparator.comparing(record -> record.get(RECEIVED_ON)));
        numberInOrder(records);
        return write(records);
    }

    /** ST-2019-0001 and on: each kind's series per reporting year, in the order received. */
    private static void numberInOrder(List<Map<String, String>> records) {
        Map<String, Integer> lastNumber = new HashMap<>();
        for (Map<String, String> record : records) {
            String series = prefixOf(record) + "-" + reportingYear(record.get(RECEIVED_ON));
            int number = lastNumber.merge(series, 1, Integer::sum);
            record.put(REFERENCE, String.format("%s-%04d", series, number));
        }
    }

    private static String prefixOf(Map<String, String> record) {
        return switch (record.get(RECORD_TYPE)) {
            case "COMMENT" -> "CM";
            case "COMPLIMENT" -> "CP";
            default -> Procedure.valueOf(record.get(ImportColumns.PROCEDURE))
                    .referencePrefix();
        };
    }

    private static int reportingYear(String date) {
        return ReportingYear.containing(LocalDate.parse(date));
    }

    private static String write(List<Map<String, String>> records) {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, FORMAT)) {
            for (Map<String, String> record : records) {
                printer.printRecord(ImportColumns.ALL.stream().map(column -> record.get(column)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
