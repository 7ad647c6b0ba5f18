package org.childrenscomplaints.query;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;

import java.util.List;
import java.util.function.Consumer;

/** Events handed to a projection as a pooled streaming processor does: one unit of work for the batch, {@link BatchedDocuments}' interceptor around each event. */
public final class ProcessorBatches {

    private ProcessorBatches() {
    }

    public static ResultMessage<?> process(BatchedDocuments documents, EventMessageHandler projection,
                                           List<EventMessage<?>> events, Consumer<EventMessage<?>> beforeEachEvent) {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(events);
        return unitOfWork.executeWithResult(() -> new DefaultInterceptorChain<>(unitOfWork,
                List.of(documents.writtenAtTheEndOfEachBatch()), message -> {
                    beforeEachEvent.accept(message);
                    return projection.handle(message);
                }).proceed(), RollbackConfigurationType.ANY_THROWABLE);
    }

    public static ResultMessage<?> process(BatchedDocuments documents, EventMessageHandler projection,
                                           List<EventMessage<?>> events) {
        return process(documents, projection, events, message -> { });
    }

    /** An event of the case, as the event store hands it over. */
    public static EventMessage<?> event(String caseId, long sequence, Object payload) {
        return new GenericDomainEventMessage<>("Complaint", caseId, sequence, payload);
    }
}
