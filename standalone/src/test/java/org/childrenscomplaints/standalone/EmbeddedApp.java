package org.childrenscomplaints.standalone;

import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The embedded app started in this JVM as its {@code main} starts it, on a data directory of the test's. */
final class EmbeddedApp {

    private EmbeddedApp() {
    }

    /** With the test users, no demo data, and any {@code settings} of the test's own. */
    static ConfigurableApplicationContext start(Path dataDir, String... settings) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--complaints.data-dir=" + dataDir,
                "--complaints.demo-data.enabled=false"));
        args.addAll(TestUsers.arguments());
        args.addAll(List.of(settings));
        return StandaloneApplication.builder().run(args.toArray(String[]::new));
    }

    /** A client of the started app, signed in as the complaints team. */
    static Http http(ConfigurableApplicationContext app) {
        return new Http(Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port")))
                .as(TestUsers.OFFICER);
    }
}
