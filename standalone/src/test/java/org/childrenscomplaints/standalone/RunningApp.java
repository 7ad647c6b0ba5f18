package org.childrenscomplaints.standalone;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded app started by hand on a fresh data directory, for test engines that Spring's test
 * support does not reach (jqwik runs its properties outside JUnit Jupiter). Its reminders never fire,
 * so every event stored is one a request wrote.
 */
final class RunningApp implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final Path dataDir;
    private final JdbcTemplate eventStore;
    private final Map<String, Http> clients = new HashMap<>();

    private RunningApp(ConfigurableApplicationContext context, Path dataDir) {
        this.context = context;
        this.dataDir = dataDir;
        this.eventStore = context.getBean(JdbcTemplate.class);
    }

    static RunningApp start() {
        try {
            Path dataDir = Files.createTempDirectory("complaints-bad-input");
            List<String> args = new ArrayList<>(List.of("--server.port=0", "--complaints.data-dir=" + dataDir,
                    "--complaints.demo-data.enabled=false", "--jobrunr.background-job-server.enabled=false"));
            args.addAll(TestUsers.arguments());
            return new RunningApp(StandaloneApplication.builder().sources(SignInAsConfigured.class)
                    .run(args.toArray(String[]::new)), dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A client signed in as {@code username}, kept for the app's life (each client holds its own connections). */
    Http http(String username) {
        return clients.computeIfAbsent(username, user ->
                new Http(Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"))).as(user));
    }

    long storedEvents() {
        return eventStore.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
    }

    /** Every read model has taken in every event stored so far, and none of them failed on one. */
    void awaitReadModelsCaughtUp() {
        long head = eventStore.queryForObject("SELECT COALESCE(MAX(globalIndex), -1) FROM DomainEventEntry", Long.class);
        await().atMost(Duration.ofSeconds(20)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                .until(() -> readModelSegments().stream().allMatch(segment ->
                        segment.isErrorState() || segment.getCurrentPosition().orElse(-1) >= head));
        assertThat(readModelSegments()).as("read models that failed on an event").noneMatch(EventTrackerStatus::isErrorState);
    }

    /** Where each part of each read model stands now (statuses are replaced as they move, so asked for afresh). */
    private List<EventTrackerStatus> readModelSegments() {
        return context.getBean(EventProcessingConfiguration.class).eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .flatMap(processor -> processor.processingStatus().values().stream()).toList();
    }

    /**
     * Checks the users' passwords as configured ({noop}). Left alone, Spring Security re-encodes them with
     * bcrypt at the first sign-in, and each request then spends a tenth of a second of CPU on it: most of
     * a property run's time, and none of what it tests. (Not annotated, so no component scan finds it.)
     */
    static class SignInAsConfigured {
        @Bean
        static BeanPostProcessor usersNotReencoded() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof UserDetailsPasswordService && bean instanceof UserDetailsService users
                            ? (UserDetailsService) users::loadUserByUsername : bean;
                }
            };
        }
    }

    @Override
    public void close() {
        context.close();
        try {
            FileSystemUtils.deleteRecursively(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
