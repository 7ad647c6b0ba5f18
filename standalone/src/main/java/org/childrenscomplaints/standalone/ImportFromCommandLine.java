package org.childrenscomplaints.standalone;

import org.childrenscomplaints.api.imports.ImportReport;
import org.childrenscomplaints.api.security.Role;
import org.childrenscomplaints.api.security.SignedIn;
import org.childrenscomplaints.command.imports.InvalidImportFile;
import org.childrenscomplaints.command.imports.SpreadsheetImport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code --complaints.import=FILE}: the import of {@code POST /api/imports} run once the app has started
 * on its data directory, its report printed on standard output as one line of JSON. The exit status
 * says how it went: 0 every row imported or skipped, 1 some rows rejected, 2 the file could not be read.
 */
@Component
@ConditionalOnProperty(ImportFromCommandLine.PROPERTY)
public class ImportFromCommandLine implements ApplicationRunner, ExitCodeGenerator {

    static final String PROPERTY = "complaints.import";

    private final SpreadsheetImport spreadsheetImport;
    private final Path file;
    private int exitCode = 2;

    public ImportFromCommandLine(SpreadsheetImport spreadsheetImport, @Value("${" + PROPERTY + "}") Path file) {
        this.spreadsheetImport = spreadsheetImport;
        this.file = file;
    }

    /** Whether these arguments ask for an import, so the app can start without its web server. */
    static boolean requested(String[] args) {
        for (String arg : args) {
            if (arg.startsWith("--" + PROPERTY + "=")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            byte[] content = read(file);
            ImportReport report = SignedIn.as("command-line import", Role.ADMIN, () -> spreadsheetImport.run(content));
            System.out.println(JsonMapper.builder().build().writeValueAsString(report));
            exitCode = report.rejected().isEmpty() ? 0 : 1;
        } catch (InvalidImportFile e) {
            System.err.println("Nothing was imported. " + e.getMessage());
            e.errors().forEach(problem -> System.err.println("  " + problem.field() + " " + problem.message()));
        } catch (IOException e) {
            System.err.println("Nothing was imported: " + file + " cannot be read (" + e.getMessage() + ").");
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** Reads no more than the import accepts, so a huge file is refused without filling the memory. */
    private static byte[] read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] content = in.readNBytes(SpreadsheetImport.MAX_FILE_BYTES + 1);
            if (content.length > SpreadsheetImport.MAX_FILE_BYTES) {
                throw SpreadsheetImport.tooLarge();
            }
            return content;
        }
    }
}
