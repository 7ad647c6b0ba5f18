package org.childrenscomplaints.command.imports;

import jakarta.servlet.http.HttpServletRequest;
import org.childrenscomplaints.api.imports.ImportReport;
import org.childrenscomplaints.api.web.ProblemDetailsAdvice;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/** {@code POST /api/imports}: a council's spreadsheet as CSV in, the import report out. */
@RestController
public class ImportController {

    private final SpreadsheetImport spreadsheetImport;

    public ImportController(SpreadsheetImport spreadsheetImport) {
        this.spreadsheetImport = spreadsheetImport;
    }

    /** The body's size is bounded before it gets here ({@code complaints.limits.import-body}, a 413 beyond). */
    @PostMapping(path = "/api/imports", consumes = "text/csv")
    public ImportReport importFile(HttpServletRequest request) throws IOException {
        byte[] file = request.getInputStream().readAllBytes();
        try {
            return spreadsheetImport.run(file);
        } catch (InvalidImportFile e) {
            throw ProblemDetailsAdvice.badRequest(e.getMessage(), e.errors());
        }
    }
}
