package org.childrenscomplaints.query.rebuild;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.childrenscomplaints.query.ReadModelProjection;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The rebuild's steps on each read model's processor, and its refusal while one runs. */
class ReadModelRebuildTest {

    @ProcessingGroup("cases")
    static final class CasesProjection implements ReadModelProjection {
    }

    private final StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
    private final EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
    private final ReadModelRebuild rebuild;

    ReadModelRebuildTest() {
        when(processing.eventProcessorByProcessingGroup("cases", StreamingEventProcessor.class))
                .thenReturn(Optional.of(processor));
        when(processor.getName()).thenReturn("cases");
        when(processor.shutdownAsync()).thenReturn(CompletableFuture.completedFuture(null));
        rebuild = new ReadModelRebuild(processing, List.of(new CasesProjection()));
    }

    @Test
    void eachReadModelIsStoppedResetAndStartedAgain() {
        rebuild.start();

        InOrder steps = inOrder(processor);
        steps.verify(processor).shutdownAsync();
        steps.verify(processor).resetTokens();
        steps.verify(processor).start();
    }

    @Test
    void aSecondRebuildWhileOneReplaysIsRefused() {
        when(processor.isReplaying()).thenReturn(true);

        assertThatThrownBy(rebuild::start).isInstanceOf(ReadModelRebuild.RebuildRefusedException.class);
        verify(processor, never()).resetTokens();
    }

    @Test
    void aRefusedResetIsReportedAndTheReadModelRunsOn() {
        doThrow(new IllegalStateException("segment 3 is claimed elsewhere")).when(processor).resetTokens();

        assertThatThrownBy(rebuild::start).isInstanceOf(ReadModelRebuild.RebuildRefusedException.class)
                .hasMessageContaining("cases could not be reset (segment 3 is claimed elsewhere)");
        verify(processor).start();
    }

    @Test
    void aReadModelHasCaughtUpWhenEverySegmentHasAndNoneReplays() {
        EventTrackerStatus caughtUp = mock(EventTrackerStatus.class);
        when(caughtUp.isCaughtUp()).thenReturn(true);
        when(processor.isRunning()).thenReturn(true);
        assertThat(rebuild.status()).containsExactly(new ReadModelStatus("cases", true, false, false, false));

        when(processor.processingStatus()).thenReturn(Map.of(0, caughtUp));

        assertThat(rebuild.status()).containsExactly(new ReadModelStatus("cases", true, false, true, false));
    }
}
