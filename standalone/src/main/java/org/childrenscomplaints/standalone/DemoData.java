package org.childrenscomplaints.standalone;

import org.childrenscomplaints.api.imports.ImportReport;
import org.childrenscomplaints.api.security.Role;
import org.childrenscomplaints.api.security.SignedIn;
import org.childrenscomplaints.command.imports.SpreadsheetImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * {@code complaints.demo-data.enabled}: on a data directory that holds no event yet (the first start), imports
 * a demo council's 2018/19 and 2019/20, which reproduce the seed annual report 2019/20 (docs/demo-data.md),
 * through the import an ADMIN's {@code POST /api/imports} runs, so a new installation has cases, trackers
 * and reports to look at. Never with {@code --complaints.import}: that data directory is for the council's
 * own history.
 */
@Component
@ConditionalOnProperty(name = DemoData.ENABLED, havingValue = "true")
public class DemoData implements ApplicationRunner {

    static final String ENABLED = "complaints.demo-data.enabled";
    static final String FILE = "demo/council-2018-2020.csv";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final SpreadsheetImport spreadsheetImport;
    private final JdbcTemplate eventStore;
    private final Environment environment;

    public DemoData(SpreadsheetImport spreadsheetImport, JdbcTemplate eventStore, Environment environment) {
        this.spreadsheetImport = spreadsheetImport;
        this.eventStore = eventStore;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (environment.containsProperty(ImportFromCommandLine.PROPERTY) || anyEventStored()) {
            return;
        }
        log.info("First start on an empty data directory: importing the demo data {} (set {}=false to start empty)",
                FILE, ENABLED);
        byte[] demo = new ClassPathResource(FILE).getContentAsByteArray();
        ImportReport report = SignedIn.as("demo data", Role.ADMIN, () -> spreadsheetImport.run(demo));
        log.info("Demo data: {} rows imported, {} skipped, {} rejected", report.imported(), report.skipped(),
                report.rejected().size());
        report.rejected().forEach(row -> log.warn("Demo data line {} ({}) rejected: {}", row.line(), row.reference(),
                String.join("; ", row.errors())));
    }

    private boolean anyEventStored() {
        return Boolean.TRUE.equals(eventStore.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM DomainEventEntry)", Boolean.class));
    }
}
