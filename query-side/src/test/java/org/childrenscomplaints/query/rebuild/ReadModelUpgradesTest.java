package org.childrenscomplaints.query.rebuild;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.childrenscomplaints.query.EmbeddedMongo;
import org.childrenscomplaints.query.ReadModelProjection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** Read models a release keeps differently are rebuilt when it first starts, and only those, and only once. */
class ReadModelUpgradesTest {

    @ProcessingGroup("cases")
    static final class CasesProjection implements ReadModelProjection {
    }

    @ProcessingGroup("report")
    static final class ReportProjection implements ReadModelProjection {
        private final int version;

        ReportProjection(int version) {
            this.version = version;
        }

        @Override
        public int version() {
            return version;
        }
    }

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final TokenStore tokens = new InMemoryTokenStore();
    private final ReadModelRebuild rebuild = mock(ReadModelRebuild.class);

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void aStoreFromBeforeVersionsHasTheReshapedReadModelRebuiltOnce() {
        builtBefore("cases", "report");

        start(new CasesProjection(), new ReportProjection(2));

        verify(rebuild).rebuild("report");
        verify(rebuild, never()).rebuild("cases");
        assertThat(recorded()).containsExactlyInAnyOrder(new ReadModelVersion("cases", 1), new ReadModelVersion("report", 2));

        start(new CasesProjection(), new ReportProjection(2));
        verify(rebuild).rebuild("report");
    }

    @Test
    void aNewStoreIsBuiltFromTheFirstEventAnywayAndNotRebuilt() {
        start(new CasesProjection(), new ReportProjection(2));

        verify(rebuild, never()).rebuild(anyString());
        assertThat(recorded()).containsExactlyInAnyOrder(new ReadModelVersion("cases", 1), new ReadModelVersion("report", 2));
    }

    @Test
    void aReadModelKeptByAnotherVersionIsRebuiltWhicheverWayItChanged() {
        builtBefore("report");
        mongo.template().save(new ReadModelVersion("report", 3));

        start(new ReportProjection(2));

        verify(rebuild).rebuild("report");
        assertThat(recorded()).containsExactly(new ReadModelVersion("report", 2));
    }

    @Test
    void aRebuildThatCannotStartIsTriedAgainAtTheNextStart() {
        builtBefore("report");
        doThrow(new ReadModelRebuild.RebuildRefusedException("segment 3 is claimed elsewhere")).when(rebuild).rebuild("report");

        start(new ReportProjection(2));

        assertThat(recorded()).isEmpty();
    }

    private void builtBefore(String... readModels) {
        for (String readModel : readModels) {
            tokens.initializeTokenSegments(readModel, 1, new GlobalSequenceTrackingToken(41));
        }
    }

    private void start(ReadModelProjection... projections) {
        new ReadModelUpgrades(List.of(projections), mongo.template(), tokens, rebuild).upgrade();
    }

    private List<ReadModelVersion> recorded() {
        return mongo.template().findAll(ReadModelVersion.class);
    }
}
