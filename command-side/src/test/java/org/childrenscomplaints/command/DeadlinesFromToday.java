package org.childrenscomplaints.command;

import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.time.Clock;
import java.time.Instant;

/**
 * Starts an aggregate fixture's deadlines where the rules' clock is ({@link TestRules#TODAY}, midnight in
 * London): the fixture's deadline manager takes its time from the events' clock, set here before each
 * test makes its fixture (in its {@code @BeforeEach}) and put back after.
 */
public final class DeadlinesFromToday implements BeforeEachCallback, AfterEachCallback {

    public static final Instant MIDNIGHT = TestRules.TODAY.atStartOfDay(TestRules.LONDON).toInstant();

    private static final ExtensionContext.Namespace EVENT_CLOCK = ExtensionContext.Namespace.create(DeadlinesFromToday.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(EVENT_CLOCK).put(Clock.class, GenericEventMessage.clock);
        GenericEventMessage.clock = Clock.fixed(MIDNIGHT, TestRules.LONDON);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        GenericEventMessage.clock = context.getStore(EVENT_CLOCK).get(Clock.class, Clock.class);
    }
}
