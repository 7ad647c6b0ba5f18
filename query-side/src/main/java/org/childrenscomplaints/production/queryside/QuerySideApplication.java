package org.childrenscomplaints.production.queryside;

import org.childrenscomplaints.api.Launcher;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The query side as a service of its own (profile {@code production}): events from Axon Server,
 * read models and tracking tokens in MongoDB. Configured by {@code query-side.yml}.
 */
@SpringBootApplication(scanBasePackages = "org.childrenscomplaints.query")
public class QuerySideApplication {

    public static void main(String[] args) {
        builder().run(args);
    }

    public static SpringApplicationBuilder builder() {
        return Launcher.builder(QuerySideApplication.class, "query-side");
    }
}
