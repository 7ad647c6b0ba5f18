package org.childrenscomplaints.standalone.demo;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed demo file is what {@link DemoCsv} makes of the seed's figures. After changing the generator,
 * write the file again with {@code -Ddemo-data.regenerate=true} (see docs/demo-data.md).
 */
class DemoCsvTest {

    /** The module's own source folder: surefire runs in the module's directory. */
    private static final Path COMMITTED = Path.of("src/main/resources").resolve(DemoCsv.RESOURCE);

    @Test
    void theCommittedFileIsTheGeneratedOne() throws IOException {
        String generated = DemoCsv.generate();
        if (Boolean.getBoolean("demo-data.regenerate")) {
            Files.writeString(COMMITTED, generated);
        }

        assertThat(Files.readString(COMMITTED)).as("regenerate with -Ddemo-data.regenerate=true").isEqualTo(generated);
    }
}
