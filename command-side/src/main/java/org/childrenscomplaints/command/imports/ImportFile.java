package org.childrenscomplaints.command.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.childrenscomplaints.api.web.FieldProblem;
import org.childrenscomplaints.api.web.TextLengthLimit;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the contract's import file (RFC 4180 CSV in UTF-8, an optional byte order mark, a header row
 * naming some of {@link ImportColumns#ALL} in any order) into rows. The whole file is read before
 * anything is stored, so a file that is not valid as a whole stores nothing.
 */
public final class ImportFile {

    /** Where Commons CSV says it gave up: "(startline 7)" or "at line: 7". */
    private static final Pattern PARSER_LINE = Pattern.compile("(?:\\((?:start)?line |at line: )(\\d+)");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            // a repeated column is reported below in the words of the import, not of the parser
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
            .get();

    private ImportFile() {
    }

    public static List<ImportRow> read(byte[] content) {
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            List<String> columns = checkHeader(parser.getHeaderNames());
            LineNumbers lines = new LineNumbers(text);
            List<ImportRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                ImportRow row = row(record, columns, lines.lineAt(record.getCharacterPosition()));
                if (!row.cells().isEmpty() || !row.problems().isEmpty()) {
                    rows.add(row);
                }
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            // Commons CSV reports a broken quote this way
            throw new InvalidImportFile(brokenQuoting(e.getMessage()),
                    List.of(new FieldProblem("body", "must be CSV as RFC 4180 describes it")));
        }
    }

    /** Commons CSV's reason for giving up (in its own words, led by its class name), as the rule a clerk can follow. */
    private static String brokenQuoting(String reason) {
        String parserSays = String.valueOf(reason);
        Matcher line = PARSER_LINE.matcher(parserSays);
        String where = line.find() ? " on line " + line.group(1) : "";
        String what = parserSays.contains("EOF reached before encapsulated token finished")
                ? "the value in double quotes that starts" + where + " is never closed"
                : parserSays.contains("Invalid character between encapsulated token and delimiter")
                ? "a value in double quotes" + where + " is followed by something other than a comma or the end of the line"
                : "its double quotes do not pair up" + where;
        return "The file is not valid CSV: " + what + ". A value that holds a comma, a double quote or a line break "
                + "is written in double quotes, and each double quote inside it is written twice (\"\").";
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidImportFile("The file is not UTF-8 text. Save it from the spreadsheet as \"CSV UTF-8\".",
                    List.of(new FieldProblem("body", "must be UTF-8 text")));
        }
    }

    private static List<String> checkHeader(List<String> header) {
        List<String> columns = header.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        if (columns.stream().noneMatch(ImportColumns.ALL::contains)) {
            throw new InvalidImportFile("The file has no header row: its first line must name the columns, e.g. "
                    + String.join(",", ImportColumns.ALL.subList(0, 4)) + ".",
                    List.of(new FieldProblem("header", "is missing")));
        }
        List<String> unknown = columns.stream().filter(column -> !ImportColumns.ALL.contains(column)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidImportFile("The header names columns the import does not know: "
                    + String.join(", ", unknown.stream().map(column -> column.isEmpty() ? "(an empty name)" : column)
                    .toList()) + ". The columns are: " + String.join(", ", ImportColumns.ALL) + ".",
                    unknown.stream().map(column -> new FieldProblem("header", "names an unknown column: " + column))
                            .toList());
        }
        List<String> repeated = columns.stream().filter(column -> columns.indexOf(column) != columns.lastIndexOf(column))
                .distinct().toList();
        if (!repeated.isEmpty()) {
            throw new InvalidImportFile("The header names a column twice: " + String.join(", ", repeated) + ".",
                    repeated.stream().map(column -> new FieldProblem("header", "repeats " + column)).toList());
        }
        if (!columns.contains(ImportColumns.RECORD_TYPE)) {
            throw new InvalidImportFile("The header has no record_type column: each row must say whether it is a "
                    + "COMPLAINT, a COMMENT or a COMPLIMENT.", List.of(new FieldProblem("header", "lacks record_type")));
        }
        return columns;
    }

    private static ImportRow row(CSVRecord record, List<String> columns, long line) {
        Map<String, String> cells = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < Math.min(record.size(), columns.size()); i++) {
            String value = record.get(i).strip();
            if (!value.isEmpty()) {
                cells.put(columns.get(i), value);
            }
            // the limit a command's JSON is held to, so no case holds a text an officer could not have sent
            if (value.length() > TextLengthLimit.MAX_CHARACTERS) {
                problems.add(columns.get(i) + " " + TextLengthLimit.RULE);
            }
        }
        boolean extraValues = record.stream().skip(columns.size()).anyMatch(value -> !value.isBlank());
        if (extraValues) {
            problems.add("The row has " + record.size() + " cells but the header names " + columns.size()
                    + " columns: a cell may hold a comma only inside double quotes.");
        }
        return new ImportRow(line, cells, problems);
    }

    /** Where each line starts, so a record's position in the text gives the line a spreadsheet user sees it on. */
    private static final class LineNumbers {

        private final String text;
        private final int[] lineStarts;

        LineNumbers(String text) {
            this.text = text;
            List<Integer> starts = new ArrayList<>(List.of(0));
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
                if (lineBreak) {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        long lineAt(long characterPosition) {
            int position = (int) characterPosition;
            // a record's position may fall on the blank lines skipped before it
            while (position < text.length() && (text.charAt(position) == '\r' || text.charAt(position) == '\n')) {
                position++;
            }
            int found = Arrays.binarySearch(lineStarts, position);
            return (found >= 0 ? found : -found - 2) + 1;
        }
    }
}
