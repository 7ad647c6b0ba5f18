package org.childrenscomplaints.standalone;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.childrenscomplaints.api.complaint.Outcome;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Import files as spreadsheets and clerks get them wrong: cells that are not what their column
 * holds, rows and headers of the wrong width, broken quoting, other encodings and stray bytes.
 */
final class BadCsvFiles {

    private static final List<String> HEADER = List.of("record_type", "reference", "procedure", "received_on", "channel",
            "complainant_relationship", "service_area", "team", "source", "issues", "summary", "acknowledged_on",
            "allocated_to", "delay_reasons", "stage1_responded_on", "stage1_outcome", "stage2_requested_on",
            "stage2_responded_on", "stage2_outcome", "learning_category", "learning_summary", "learning_actions");

    private BadCsvFiles() {
    }

    /**
     * A file as sent: its bytes, the case references its rows name, those of rows with a text longer than
     * any field may hold, and whether the file still holds the rows as written.
     */
    record CsvFile(byte[] bytes, List<String> references, List<String> overlong, boolean wellFormed) {
        @Override
        public String toString() {
            String text = new String(bytes, StandardCharsets.UTF_8);
            return (wellFormed ? "" : "(broken) ") + (text.length() > 600 ? text.substring(0, 600) + "... (" + text.length()
                    + " characters)" : text);
        }
    }

    static Arbitrary<CsvFile> files() {
        Arbitrary<List<List<String>>> tables = Combinators.combine(Arbitraries.integers().between(1_000, 9_999_999),
                        tableChange().list().ofMaxSize(2))
                .as((number, changes) -> {
                    List<List<String>> table = validTable(number);
                    for (UnaryOperator<List<List<String>>> change : changes) {
                        table = change.apply(table);
                    }
                    return table;
                });
        return Combinators.combine(tables, Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(Breakage.NONE)),
                        Tuple.of(1, Arbitraries.of(Breakage.class))), Arbitraries.integers().between(0, Integer.MAX_VALUE))
                .as((table, breakage, where) -> new CsvFile(breakage.apply(csv(table), where), references(table, row -> true),
                        references(table, row -> row.stream().anyMatch(cell -> cell.length() > BadValues.TEXT_LIMIT)),
                        breakage.keepsTheRows()));
    }

    /** Rows of each kind, the complaint taken through both stages to learning, as a council's tracker holds them. */
    private static List<List<String>> validTable(int number) {
        List<List<String>> table = new ArrayList<>();
        table.add(HEADER);
        table.add(List.of("COMPLAINT", "ST-2019-" + number, "STATUTORY", "2019-05-01", "EMAIL", "PARENT", "CIC",
                "Children in Care 1", "", "DELAY;STAFF_ATTITUDE", "Review cancelled, twice", "2019-05-02", "m.jones", "",
                "2019-05-30", "UPHELD", "2019-06-10", "2019-08-20", "PARTIALLY_UPHELD", "PROVIDE_TRAINING",
                "Notice of reviews", "Training session;Guidance note"));
        table.add(List.of("COMMENT", "CM-2019-" + number, "", "2019-07-01", "WEB_FORM", "PARENT", "EARLY_HELP", "Family Hub",
                "", "", "More evening sessions", "2019-07-02", "b.lee", "", "2019-07-10", "", "", "", "", "", "", ""));
        table.add(List.of("COMPLIMENT", "CP-2019-" + number, "", "2019-07-03", "", "", "FOSTERING", "Fostering Team",
                "EXTERNAL", "", "Thanks to the team", "", "", "", "", "", "", "", "", "", "", ""));
        return table;
    }

    /** One change to the table: a cell spoilt, a row or the header of another width, or no header at all. */
    private static Arbitrary<UnaryOperator<List<List<String>>>> tableChange() {
        Arbitrary<String> badCells = Arbitraries.oneOf(BadValues.rawTexts(), BadValues.dateTexts(),
                BadValues.choiceTexts(Arrays.stream(Outcome.values()).map(Enum::name).toList()),
                Arbitraries.of("DELAY;;FOO", ";", "complaint", "ST-2019-0001;CM-2019-0001", "NOT_RECORDED"));
        Arbitrary<UnaryOperator<List<List<String>>>> spoiltCell = Combinators.combine(Arbitraries.integers().between(1, 3),
                        Arbitraries.integers().between(0, HEADER.size() - 1), badCells)
                .as((row, column, value) -> table -> onRow(table, row, cells -> replace(cells, column, value)));
        Arbitrary<UnaryOperator<List<List<String>>>> otherWidths = Arbitraries.<UnaryOperator<List<List<String>>>>of(
                table -> onRow(table, 0, header -> append(header, "notes")),
                table -> onRow(table, 0, header -> append(header, "summary")),
                table -> onRow(table, 0, header -> append(header, "")),
                table -> onRow(table, 0, header -> header.stream().map(name -> name.toUpperCase(Locale.ROOT) + " ").toList()),
                table -> onRow(table, 1, row -> append(row, "extra")),
                table -> onRow(table, 2, row -> row.subList(0, Math.min(5, row.size()))),
                table -> table.subList(Math.min(1, table.size()), table.size()),
                table -> table.subList(0, Math.min(1, table.size())),
                table -> List.of());
        return Arbitraries.frequencyOf(Tuple.of(3, spoiltCell), Tuple.of(1, otherWidths));
    }

    /** What becomes of the text on its way to bytes. */
    enum Breakage {
        NONE, BYTE_ORDER_MARK, CR_LF, BARE_CR, STRAY_QUOTE, UNCLOSED_QUOTE, UTF_16, LATIN_1, INVALID_UTF_8, NUL;

        /** Whether the file still holds the table's rows as they were written (a reader must see them all). */
        boolean keepsTheRows() {
            return this == NONE || this == BYTE_ORDER_MARK || this == CR_LF || this == BARE_CR;
        }

        byte[] apply(String csv, int where) {
            int at = csv.isEmpty() ? 0 : where % csv.length();
            return switch (this) {
                case NONE -> utf8(csv);
                case BYTE_ORDER_MARK -> utf8("\uFEFF" + csv);
                case CR_LF -> utf8(csv.replace("\n", "\r\n"));
                case BARE_CR -> utf8(csv.replace("\n", "\r"));
                case STRAY_QUOTE -> utf8(csv.substring(0, at) + '"' + csv.substring(at));
                case UNCLOSED_QUOTE -> utf8(csv + "COMPLAINT,\"never closed\n");
                case UTF_16 -> (csv + "é").getBytes(StandardCharsets.UTF_16);
                case LATIN_1 -> (csv + "Café").getBytes(Charset.forName("ISO-8859-1"));
                case INVALID_UTF_8 -> spliced(csv, at, new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF});
                case NUL -> spliced(csv, at, new byte[] {0});
            };
        }
    }

    private static String csv(List<List<String>> table) {
        return table.stream().map(row -> row.stream().map(BadCsvFiles::cell).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /** A cell as RFC 4180 writes it: quoted, with its quotes doubled, when it holds a comma, a quote or a line break. */
    private static String cell(String value) {
        boolean quoted = value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return quoted ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static List<String> references(List<List<String>> table, Predicate<List<String>> rows) {
        return table.stream().skip(1).filter(row -> row.size() > 1).filter(rows).map(row -> row.get(1)).toList();
    }

    private static List<List<String>> onRow(List<List<String>> table, int index, UnaryOperator<List<String>> change) {
        return index < table.size() ? replace(table, index, change.apply(table.get(index))) : table;
    }

    private static <T> List<T> replace(List<T> list, int index, T value) {
        List<T> copy = new ArrayList<>(list);
        if (index < copy.size()) {
            copy.set(index, value);
        }
        return copy;
    }

    private static List<String> append(List<String> row, String cell) {
        List<String> longer = new ArrayList<>(row);
        longer.add(cell);
        return longer;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] spliced(String csv, int at, byte[] bytes) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(utf8(csv.substring(0, at)));
        file.writeBytes(bytes);
        file.writeBytes(utf8(csv.substring(at)));
        return file.toByteArray();
    }
}
