package org.childrenscomplaints.command;

import org.axonframework.eventhandling.EventMessage;
import org.childrenscomplaints.api.complaint.ReminderLevel;
import org.childrenscomplaints.api.complaint.RemindersScheduledEvent;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.util.List;

/** Matchers for the events an aggregate fixture saw published, telling a case's own events from its reminders. */
public final class EventMatchers {

    private EventMatchers() {
    }

    /**
     * The events a command published, reminders left out: the rules under test are about the
     * case; the reminders each clock sets are tested on their own.
     */
    public static Matcher<List<EventMessage<?>>> caseEvents(Object... expected) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(List<EventMessage<?>> published) {
                return withoutReminders(published).equals(List.of(expected));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("events, reminders left out, ").appendValue(List.of(expected));
            }

            @Override
            protected void describeMismatchSafely(List<EventMessage<?>> published, Description description) {
                description.appendText("were ").appendValue(withoutReminders(published));
            }
        };
    }

    /** The levels of the reminders each RemindersScheduledEvent set, in publishing order. */
    @SafeVarargs
    public static Matcher<List<EventMessage<?>>> reminderLadders(List<ReminderLevel>... expected) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(List<EventMessage<?>> published) {
                return laddersOf(published).equals(List.of(expected));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("reminder ladders ").appendValue(List.of(expected));
            }

            @Override
            protected void describeMismatchSafely(List<EventMessage<?>> published, Description description) {
                description.appendText("were ").appendValue(laddersOf(published));
            }
        };
    }

    private static List<List<ReminderLevel>> laddersOf(List<EventMessage<?>> published) {
        return published.stream().map(EventMessage::getPayload)
                .filter(RemindersScheduledEvent.class::isInstance).map(RemindersScheduledEvent.class::cast)
                .map(event -> event.reminders().stream().map(RemindersScheduledEvent.ScheduledReminder::level).toList())
                .toList();
    }

    private static List<Object> withoutReminders(List<EventMessage<?>> published) {
        return published.stream().map(EventMessage::getPayload)
                .filter(payload -> !(payload instanceof RemindersScheduledEvent))
                .map(Object.class::cast)
                .toList();
    }
}
