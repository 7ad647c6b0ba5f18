package org.childrenscomplaints.command;

import org.axonframework.eventhandling.EventMessage;
import org.childrenscomplaints.api.complaint.ReminderLevel;
import org.childrenscomplaints.api.complaint.RemindersScheduledEvent;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.util.List;
import java.util.function.Function;

/** Matchers for the events an aggregate fixture saw published, telling a case's own events from its reminders. */
public final class EventMatchers {

    private EventMatchers() {
    }

    /**
     * The events a command published, reminders left out: the rules under test are about the
     * case; the reminders each clock sets are tested on their own.
     */
    public static Matcher<List<EventMessage<?>>> caseEvents(Object... expected) {
        return publishedAs("events, reminders left out", EventMatchers::withoutReminders, List.of(expected));
    }

    /** The levels of the reminders each RemindersScheduledEvent set, in publishing order. */
    @SafeVarargs
    public static Matcher<List<EventMessage<?>>> reminderLadders(List<ReminderLevel>... expected) {
        return publishedAs("reminder ladders", EventMatchers::laddersOf, List.of(expected));
    }

    private static <T> Matcher<List<EventMessage<?>>> publishedAs(String what, Function<List<EventMessage<?>>, T> seen,
                                                                  T expected) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(List<EventMessage<?>> published) {
                return seen.apply(published).equals(expected);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(what + " ").appendValue(expected);
            }

            @Override
            protected void describeMismatchSafely(List<EventMessage<?>> published, Description description) {
                description.appendText("were ").appendValue(seen.apply(published));
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
