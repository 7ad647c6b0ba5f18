package org.childrenscomplaints.query.rebuild;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.childrenscomplaints.query.ReadModelProjection;
import org.springframework.aop.support.AopUtils;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;

/**
 * Rebuilds every read model from the whole event store, Axon's way: each projection's processor
 * is stopped, its tokens reset (its reset handler clears its documents), and started again to
 * replay from the first event and carry on with new ones. Tokens live beside the read models, so
 * both are reset together.
 */
@Component
public class ReadModelRebuild {

    private final EventProcessingConfiguration processing;
    private final List<String> readModels;

    public ReadModelRebuild(EventProcessingConfiguration processing, List<ReadModelProjection> projections) {
        this.processing = processing;
        this.readModels = projections.stream()
                .map(ReadModelRebuild::readModelOf)
                .distinct()
                .sorted()
                .toList();
    }

    /** Starts the rebuild and answers at once; {@link #status()} tells when every read model has caught up. */
    public synchronized List<ReadModelStatus> start() {
        if (processors().stream().anyMatch(StreamingEventProcessor::isReplaying)) {
            throw new RebuildRefusedException(
                    "A rebuild of the read models is already running; wait until every read model has caught up.");
        }
        processors().forEach(ReadModelRebuild::rebuild);
        return status();
    }

    /** Rebuilds one read model, by its processing group, and answers once its replay has started. */
    public synchronized void rebuild(String readModel) {
        rebuild(processor(readModel));
    }

    private static void rebuild(StreamingEventProcessor processor) {
        processor.shutdownAsync().join();
        try {
            processor.resetTokens();
        } catch (RuntimeException refused) {
            throw new RebuildRefusedException("The read model " + processor.getName() + " could not be reset ("
                    + refused.getMessage() + "). Stop every other query-side instance, then ask for the rebuild again:"
                    + " it starts from the first event whatever was cleared.");
        } finally {
            // a refused reset must not leave the read model stopped
            processor.start();
        }
    }

    /** The read model a projection keeps: its processing group, which names its processor and its tokens. */
    static String readModelOf(ReadModelProjection projection) {
        return AnnotationUtils.findAnnotation(AopUtils.getTargetClass(projection), ProcessingGroup.class).value();
    }

    public List<ReadModelStatus> status() {
        return processors().stream().map(ReadModelRebuild::statusOf).toList();
    }

    private List<StreamingEventProcessor> processors() {
        return readModels.stream().map(this::processor).toList();
    }

    private StreamingEventProcessor processor(String readModel) {
        return processing.eventProcessorByProcessingGroup(readModel, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("No streaming processor runs " + readModel));
    }

    private static ReadModelStatus statusOf(StreamingEventProcessor processor) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        // no segment claimed yet (just started) is not caught up
        boolean caughtUp = !segments.isEmpty() && segments.stream().allMatch(EventTrackerStatus::isCaughtUp);
        return new ReadModelStatus(processor.getName(), processor.isRunning(), processor.isReplaying(),
                caughtUp && !processor.isReplaying(), segments.stream().anyMatch(EventTrackerStatus::isErrorState));
    }

    /** The rebuild cannot start now: one is running (a second would only restart it), or a reset was refused. */
    static final class RebuildRefusedException extends RuntimeException {
        RebuildRefusedException(String message) {
            super(message);
        }
    }
}
