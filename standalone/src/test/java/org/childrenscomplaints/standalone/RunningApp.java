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
import java.util.Collection;
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

    /** Every read model has taken in every event stored so far, without failing on any. */
    void awaitReadModelsCaughtUp() {
        long head = eventStore.queryForObject("SELECT COALESCE(MAX(globalIndex), -1) FROM DomainEventEntry", Long.class);
        await().atMost(Duration.ofSeconds(20)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                .untilAsserted(() -> assertThat(readModelsBehind(head)).as("read models behind event %d", head).isEmpty());
    }

    /**
     * The read models that have not taken in the events up to {@code head}: a part (segment) of one is
     * behind, failed, or unclaimed (a part that failed is let go, and tried again later).
     */
    private List<String> readModelsBehind(long head) {
        return context.getBean(EventProcessingConfiguration.class).eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .filter(processor -> {
                    Collection<EventTrackerStatus> parts = processor.processingStatus().values();
                    double claimed = parts.stream().mapToDouble(part -> 1.0 / (part.getSegment().getMask() + 1)).sum();
                    return claimed < 0.999 || parts.stream().anyMatch(part -> part.isErrorState()
                            || part.getCurrentPosition().orElse(-1) < head);
                })
                .map(StreamingEventProcessor::getName).toList();
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
