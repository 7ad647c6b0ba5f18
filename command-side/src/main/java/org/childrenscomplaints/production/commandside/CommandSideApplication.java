package org.childrenscomplaints.production.commandside;

import org.childrenscomplaints.api.Launcher;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The command side as a service of its own (profile {@code production}): Axon Server carries
 * its commands and events, MongoDB keeps its deadline jobs. Configured by {@code command-side.yml}.
 */
@SpringBootApplication(scanBasePackages = "org.childrenscomplaints.command")
public class CommandSideApplication {

    public static void main(String[] args) {
        builder().run(args);
    }

    public static SpringApplicationBuilder builder() {
        return Launcher.builder(CommandSideApplication.class, "command-side");
    }
}
