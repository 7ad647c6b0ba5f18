package org.childrenscomplaints.api.imports;

import org.childrenscomplaints.api.complaint.Outcome;

import java.time.LocalDate;

/** One stage of a complaint as a council's spreadsheet recorded it; any field may be missing. */
public record ImportedStage(LocalDate requestedOn, LocalDate respondedOn, Outcome outcome) {

    public static ImportedStage none() {
        return new ImportedStage(null, null, null);
    }
}
