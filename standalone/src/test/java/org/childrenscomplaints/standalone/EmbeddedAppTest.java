package org.childrenscomplaints.standalone;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The embedded app on a fresh data directory; test classes extending this share one running app. */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class EmbeddedAppTest {

    static final Path DATA_DIR = temporaryDataDir();

    @LocalServerPort
    int port;

    /** A client of the running app, as an integration would call it, signed in as the complaints team. */
    Http http;

    @BeforeEach
    void connect() {
        http = new Http(port).as(TestUsers.OFFICER);
    }

    @DynamicPropertySource
    static void embeddedStorage(DynamicPropertyRegistry registry) {
        registry.add("complaints.data-dir", DATA_DIR::toString);
        TestUsers.properties().forEach((name, value) -> registry.add(name, () -> value));
        // each test makes the history it reads
        registry.add("complaints.demo-data.enabled", () -> "false");
    }

    private static Path temporaryDataDir() {
        try {
            return Files.createTempDirectory("complaints-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
