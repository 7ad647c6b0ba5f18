package org.childrenscomplaints.standalone;

import org.childrenscomplaints.api.Launcher;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The command side and the query side in one JVM on the embedded storage of {@link EmbeddedStorageConfiguration}. */
@SpringBootApplication(scanBasePackages = {
        "org.childrenscomplaints.command",
        "org.childrenscomplaints.query",
        "org.childrenscomplaints.standalone"})
public class StandaloneApplication {

    public static void main(String[] args) {
        if (!ImportFromCommandLine.requested(args)) {
            builder().run(args);
            return;
        }
        // an import needs no web server and prints only its report; it must end the JVM itself, because
        // Axon's non-daemon axon-janitor thread outlives the closed context
        int exitCode = 2;
        try {
            ConfigurableApplicationContext context = builder().web(WebApplicationType.NONE)
                    .properties("spring.main.banner-mode=off", "logging.level.root=WARN")
                    .run(args);
            exitCode = SpringApplication.exit(context);
        } finally {
            // also when the app could not start (Spring has logged why): the import failed
            System.exit(exitCode);
        }
    }

    public static SpringApplicationBuilder builder() {
        return Launcher.builder(StandaloneApplication.class, "application").listeners(new DataDirectoryCheck());
    }
}
