package org.childrenscomplaints.query;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.ResultMessage;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** One projection on an embedded MongoDB of its own, handed events in processor batches or one at a time. */
public final class ProjectionRun implements AutoCloseable {

    public final EmbeddedMongo mongo = new EmbeddedMongo();
    public final BatchedDocuments documents = new BatchedDocuments(mongo.template());
    private final AnnotationEventHandlerAdapter projection;

    /** @param projection made with this run's MongoDB and batched documents */
    public ProjectionRun(Function<ProjectionRun, Object> projection) {
        this.projection = new AnnotationEventHandlerAdapter(projection.apply(this));
    }

    public void process(List<EventMessage<?>> batch) {
        assertThat(attempt(batch, event -> { }).isExceptional()).isFalse();
    }

    /** The batch handed over, with {@code beforeEachEvent} done before each of its events; failed or not. */
    public ResultMessage<?> attempt(List<EventMessage<?>> batch, Consumer<EventMessage<?>> beforeEachEvent) {
        return ProcessorBatches.process(documents, projection, batch, beforeEachEvent);
    }

    public void handle(EventMessage<?> event) {
        try {
            projection.handle(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        mongo.close();
    }
}
