package org.childrenscomplaints.query;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Hands events to a projection through Axon's own handler dispatch, each case's events numbered in
 * order as the event store numbers them, so a test in any package drives a projection as the app does.
 */
public final class EventDelivery {

    private final AnnotationEventHandlerAdapter handlers;
    private final Map<UUID, Long> eventsDelivered = new HashMap<>();

    public EventDelivery(Object projection) {
        this.handlers = new AnnotationEventHandlerAdapter(projection);
    }

    public void deliver(UUID caseId, Object... events) {
        for (Object event : events) {
            long sequence = eventsDelivered.merge(caseId, 1L, Long::sum) - 1;
            try {
                handlers.handle(new GenericDomainEventMessage<>("Complaint", caseId.toString(), sequence, event));
            } catch (Exception e) {
                throw new IllegalStateException("The projection failed on " + event, e);
            }
        }
    }
}
