package org.childrenscomplaints.command.imports;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.childrenscomplaints.api.imports.ImportReport;
import org.childrenscomplaints.api.imports.ImportReport.RejectedRow;
import org.childrenscomplaints.api.reference.CaseReference;
import org.childrenscomplaints.api.web.Rejection;
import org.childrenscomplaints.command.reference.ReferenceSeriesNumbering;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Moves a council's history in from its spreadsheet: each row becomes one import command, which its
 * aggregate replays as an officer's commands in one unit of work, so a row is stored whole or not at
 * all. A row whose reference is already in use is skipped: importing a file again changes nothing.
 */
@Component
public class SpreadsheetImport {

    /**
     * The largest file accepted. A council's tracker holds some thousands of rows of a few hundred bytes
     * (a few MB); 50 MB leaves room for decades of history while bounding what one import holds in memory
     * (the whole file is read before anything is stored, so a broken file stores nothing).
     */
    public static final int MAX_FILE_BYTES = 50 * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(SpreadsheetImport.class);

    private final CommandGateway commandGateway;
    private final ReferenceSeriesNumbering references;

    public SpreadsheetImport(CommandGateway commandGateway, ReferenceSeriesNumbering references) {
        this.commandGateway = commandGateway;
        this.references = references;
    }

    /** @throws InvalidImportFile when the file as a whole cannot be read; nothing is stored then */
    public ImportReport run(byte[] file) {
        if (file.length > MAX_FILE_BYTES) {
            throw tooLarge();
        }
        List<ImportRow> rows = ImportFile.read(file);
        int imported = 0;
        int skipped = 0;
        List<RejectedRow> rejected = new ArrayList<>();
        Map<String, Long> lineOfReference = new HashMap<>();
        for (ImportRow row : rows) {
            String reference = row.reference() == null ? null : row.reference().toUpperCase(Locale.ROOT);
            List<String> errors = errorsOf(row, reference, lineOfReference);
            if (errors == null) {
                skipped++;
            } else if (errors.isEmpty()) {
                imported++;
            } else {
                rejected.add(new RejectedRow(row.line(), row.reference(), errors));
            }
        }
        return new ImportReport(imported, skipped, rejected);
    }

    public static InvalidImportFile tooLarge() {
        return new InvalidImportFile("The file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB: import it "
                + "in parts, e.g. a file per year.", List.of());
    }

    /** @return why the row was refused, empty once it is stored, or null when its case is already here */
    private List<String> errorsOf(ImportRow row, String reference, Map<String, Long> lineOfReference) {
        if (reference != null && lineOfReference.containsKey(reference)) {
            return List.of("The reference " + reference + " is also on line " + lineOfReference.get(reference)
                    + " of this file; each case must have its own.");
        }
        if (reference != null) {
            lineOfReference.put(reference, row.line());
        }
        Optional<CaseReference> parsed = CaseReference.parse(reference);
        if (parsed.isPresent() && references.caseWithReference(parsed.get()).isPresent()) {
            return null;
        }
        RowCommands.Mapped mapped = RowCommands.map(row, UUID.randomUUID());
        if (!mapped.errors().isEmpty()) {
            return mapped.errors();
        }
        try {
            commandGateway.sendAndWait(mapped.command());
            return List.of();
        } catch (CommandExecutionException refused) {
            return reasons(refused);
        } catch (ConcurrencyException e) {
            return List.of("Someone else stored a case with this reference at the same moment; import the file again "
                    + "to see whether it is there.");
        }
    }

    private static List<String> reasons(CommandExecutionException refused) {
        Optional<Rejection> rejection = refused.getDetails().filter(Rejection.class::isInstance).map(Rejection.class::cast);
        if (rejection.isEmpty()) {
            log.error("An import row failed for a reason of our own", refused);
            return List.of("The row could not be stored because of a failure on our side; try again, and if it keeps "
                    + "happening, tell the system's administrators.");
        }
        if (rejection.get().kind() == Rejection.Kind.INVALID) {
            return rejection.get().errors().stream().map(problem -> problem.field() + " " + problem.message()).toList();
        }
        return List.of(rejection.get().detail());
    }
}
