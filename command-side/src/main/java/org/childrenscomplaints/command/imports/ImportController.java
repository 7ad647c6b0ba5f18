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

    /** How much of a body over the limit is read and dropped before the connection is left to close. */
    private static final long MAX_DRAINED_BYTES = 4L * SpreadsheetImport.MAX_FILE_BYTES;

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

    /**
     * Holds no more than the limit in memory. A larger body is read on to its end (up to a bound) and
     * dropped, because a server that stops reading mid-body makes many clients lose the 413 it answers.
     */
    private static byte[] readAtMostTheLimit(HttpServletRequest request) throws IOException {
        try (InputStream body = request.getInputStream()) {
            byte[] file = body.readNBytes(SpreadsheetImport.MAX_FILE_BYTES + 1);
            if (file.length > SpreadsheetImport.MAX_FILE_BYTES) {
                drain(body);
                throw tooLarge();
            }
            return file;
        }
    }

    private static void drain(InputStream body) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long drained = 0;
        int read;
        while (drained < MAX_DRAINED_BYTES && (read = body.read(buffer)) >= 0) {
            drained += read;
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
