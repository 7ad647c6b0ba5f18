package org.childrenscomplaints.api;

import org.springframework.boot.builder.SpringApplicationBuilder;

/** Starts any of the system's applications the same way. */
public final class Launcher {

    private Launcher() {
    }

    /**
     * @param configName the name of the application's own configuration files ({@code <name>.yml}),
     *                   so the three applications' files never shadow each other on one classpath
     */
    public static SpringApplicationBuilder builder(Class<?> application, String configName) {
        // Axon phones home for updates unless told not to; councils' servers should never do that
        System.setProperty("axoniq.update-checker.disabled", "true");
        return new SpringApplicationBuilder(application).properties("spring.config.name=" + configName);
    }
}
