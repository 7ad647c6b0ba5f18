package org.childrenscomplaints.standalone;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code complaints.data-dir}: the one folder holding every byte of the embedded app's state. */
@ConfigurationProperties("complaints")
public record DataDirectory(Path dataDir) {

    /** The event store's H2 database, named without the {@code .mv.db} H2 adds to its file. */
    static final String EVENT_STORE_DATABASE = "events";
    static final String EVENT_STORE_FILE = EVENT_STORE_DATABASE + ".mv.db";
    static final String READ_MODELS_FILE = "readmodels.mv";

    public DataDirectory {
        dataDir = (dataDir == null ? Path.of("data") : dataDir).toAbsolutePath().normalize();
    }

    /** A file of the data directory, which is created on first use. */
    public Path file(String name) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir
                    + "; set --complaints.data-dir to a folder this user may write to", e);
        }
        return dataDir.resolve(name);
    }
}
