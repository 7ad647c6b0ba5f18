package org.childrenscomplaints.api.imports;

import java.util.List;

/** The answer to an import, as the contract fixes it. */
public record ImportReport(int imported, int skipped, List<RejectedRow> rejected) {

    public ImportReport {
        rejected = List.copyOf(rejected);
    }

    /** A row refused whole; {@code line} is where the row starts as a spreadsheet shows it (the header is line 1). */
    public record RejectedRow(long line, String reference, List<String> errors) {

        public RejectedRow {
            errors = List.copyOf(errors);
        }
    }
}
