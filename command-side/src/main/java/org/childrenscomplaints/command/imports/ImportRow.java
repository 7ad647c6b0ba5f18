package org.childrenscomplaints.command.imports;

import java.util.List;
import java.util.Map;

/**
 * One row of an import file: its filled cells by column (an empty cell is absent), and the line it
 * starts on as a spreadsheet numbers them (the header is line 1).
 *
 * @param problems what is wrong with the row as CSV, before any value is read
 */
public record ImportRow(long line, Map<String, String> cells, List<String> problems) {

    public ImportRow {
        cells = Map.copyOf(cells);
        problems = List.copyOf(problems);
    }

    public String reference() {
        return cells.get(ImportColumns.REFERENCE);
    }
}
