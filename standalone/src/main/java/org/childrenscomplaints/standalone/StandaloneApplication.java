package org.childrenscomplaints.standalone;

import org.childrenscomplaints.api.Launcher;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The command side and the query side in one JVM on the embedded storage of {@link EmbeddedStorageConfiguration}. */
@SpringBootApplication(scanBasePackages = {
        "org.childrenscomplaints.command",
        "org.childrenscomplaints.query",
        "org.childrenscomplaints.standalone"})
public class StandaloneApplication {

    public static void main(String[] args) {
        builder().run(args);
    }

    public static SpringApplicationBuilder builder() {
        return Launcher.builder(StandaloneApplication.class, "application");
    }
}
