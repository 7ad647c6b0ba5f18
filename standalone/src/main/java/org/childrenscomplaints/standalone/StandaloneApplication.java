package org.childrenscomplaints.standalone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The command side and the query side in one JVM on the embedded storage of {@link EmbeddedStorageConfiguration}. */
@SpringBootApplication(scanBasePackages = {
        "org.childrenscomplaints.command",
        "org.childrenscomplaints.query",
        "org.childrenscomplaints.standalone"})
public class StandaloneApplication {

    public static void main(String[] args) {
        disableUpdateChecks();
        SpringApplication.run(StandaloneApplication.class, args);
    }

    /** Axon phones home for updates unless told not to; councils' servers should never do that. */
    public static void disableUpdateChecks() {
        System.setProperty("axoniq.update-checker.disabled", "true");
    }
}
