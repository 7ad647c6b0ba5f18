package org.childrenscomplaints.api.testing;

import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a service would wire, learnt without the servers it wires to: its real start-up runs,
 * with its real configuration and auto-configuration conditions, until every bean is defined,
 * and is stopped before the first bean is created (so nothing connects to Axon Server or MongoDB).
 */
public final class StartupWiring {

    private final ConfigurableListableBeanFactory beans;

    private StartupWiring(ConfigurableListableBeanFactory beans) {
        this.beans = beans;
    }

    public static StartupWiring of(SpringApplicationBuilder application, String... args) {
        AtomicReference<ConfigurableListableBeanFactory> defined = new AtomicReference<>();
        try {
            // a plain post-processor added here runs after every configuration class has been read
            application.initializers(context -> context.addBeanFactoryPostProcessor(beanFactory -> {
                defined.set(beanFactory);
                throw new StoppedBeforeCreatingBeans();
            })).run(args);
        } catch (StoppedBeforeCreatingBeans expected) {
            return new StartupWiring(defined.get());
        }
        throw new AssertionError("the start-up was expected to stop once its beans were defined");
    }

    /** Where the beans of this type come from: the configuration class (or component) defining each. */
    public List<String> definersOf(Class<?> type) {
        return Arrays.stream(beans.getBeanNamesForType(type, true, false))
                .map(name -> {
                    String factory = beans.getBeanDefinition(name).getFactoryBeanName();
                    return factory != null ? factory : beans.getBeanDefinition(name).getBeanClassName();
                })
                .toList();
    }

    public boolean defines(Class<?> type) {
        return beans.getBeanNamesForType(type, true, false).length > 0;
    }

    /** What both production services share: messages through Axon Server, no local event or SQL storage. */
    public void assertRunsOnAxonServer() {
        assertThat(defines(AxonServerConnectionManager.class)).isTrue();
        assertThat(defines(AxonServerQueryBus.class)).isTrue();
        assertThat(definersOf(EventStore.class))
                .containsExactly("org.axonframework.springboot.autoconfig.AxonServerBusAutoConfiguration");
        assertThat(defines(EventStorageEngine.class)).as("no local event storage").isFalse();
        assertThat(defines(DataSource.class)).as("no SQL database").isFalse();
    }

    /** Production sign-in: bearer tokens checked against the council's identity provider, no local users. */
    public void assertSignsInWithBearerTokens() {
        assertThat(defines(JwtDecoder.class)).as("bearer tokens are checked").isTrue();
    }

    private static final class StoppedBeforeCreatingBeans extends RuntimeException {
        StoppedBeforeCreatingBeans() {
            super("stopped on purpose once every bean was defined", null, false, false);
        }
    }
}
