package org.childrenscomplaints.command.imports;

import jakarta.servlet.http.HttpServletRequest;
import org.childrenscomplaints.api.imports.ImportReport;
import org.childrenscomplaints.api.web.ProblemDetailsAdvice;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

/** {@code POST /api/imports}: a council's spreadsheet as CSV in, the import report out. */
@RestController
public class ImportController {

    private final SpreadsheetImport spreadsheetImport;

    public ImportController(SpreadsheetImport spreadsheetImport) {
        this.spreadsheetImport = spreadsheetImport;
    }

    @PostMapping(path = "/api/imports", consumes = "text/csv")
    public ImportReport importFile(HttpServletRequest request) throws IOException {
        byte[] file = readAtMostTheLimit(request);
        try {
            return spreadsheetImport.run(file);
        } catch (InvalidImportFile e) {
            throw ProblemDetailsAdvice.badRequest(e.getMessage(), e.errors());
        }
    }

    /** Reads no further than one byte past the limit, so a huge body is refused without being held in memory. */
    private static byte[] readAtMostTheLimit(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > SpreadsheetImport.MAX_FILE_BYTES) {
            throw tooLarge();
        }
        try (InputStream body = request.getInputStream()) {
            byte[] file = body.readNBytes(SpreadsheetImport.MAX_FILE_BYTES + 1);
            if (file.length > SpreadsheetImport.MAX_FILE_BYTES) {
                throw tooLarge();
            }
            return file;
        }
    }

    private static ErrorResponseException tooLarge() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                SpreadsheetImport.tooLarge().getMessage());
        problem.setType(URI.create("/problems/content-too-large"));
        problem.setTitle("The file is too large");
        return new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, problem, null);
    }
}
