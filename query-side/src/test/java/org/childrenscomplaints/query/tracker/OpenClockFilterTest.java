package org.childrenscomplaints.query.tracker;

import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.api.tracker.FindOpenClocksQuery;
import org.childrenscomplaints.api.tracker.OpenClock;
import org.childrenscomplaints.api.tracker.Rag;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The tracker's filters as a test of one row: the rows the live stream passes on. */
class OpenClockFilterTest {

    private static final OpenClock STATUTORY_AMBER = new OpenClock(UUID.randomUUID(), "ST-2026-0001", Procedure.STATUTORY,
            Stage.STAGE_1, ClockType.RESPONSE, "CIC", "Team A", "m.jones", LocalDate.of(2026, 4, 10), 1, Rag.AMBER,
            false, false);
    private static final OpenClock COMMENT_GREEN = new OpenClock(UUID.randomUUID(), "CM-2026-0001", null,
            Stage.STAGE_1, ClockType.ACKNOWLEDGEMENT, "ASS", null, null, LocalDate.of(2026, 4, 30), 14, Rag.GREEN,
            false, false);

    @Test
    void noFiltersLetEveryRowThrough() {
        OpenClockFilter everything = filter(null, null, null, null, null);

        assertThat(everything).accepts(STATUTORY_AMBER, COMMENT_GREEN);
    }

    @Test
    void eachFilterSelectsTheRowsWithThatValue() {
        assertThat(filter(Rag.AMBER, null, null, null, null)).accepts(STATUTORY_AMBER).rejects(COMMENT_GREEN);
        assertThat(filter(null, Procedure.STATUTORY, null, null, null)).accepts(STATUTORY_AMBER).rejects(COMMENT_GREEN);
        assertThat(filter(null, null, "Team A", null, null)).accepts(STATUTORY_AMBER).rejects(COMMENT_GREEN);
        assertThat(filter(null, null, null, "ASS", null)).accepts(COMMENT_GREEN).rejects(STATUTORY_AMBER);
        assertThat(filter(null, null, null, null, "m.jones")).accepts(STATUTORY_AMBER).rejects(COMMENT_GREEN);
    }

    @Test
    void filtersCombineSoARowMustMatchThemAll() {
        assertThat(filter(Rag.AMBER, Procedure.STATUTORY, "Team A", "CIC", "m.jones")).accepts(STATUTORY_AMBER);
        assertThat(filter(Rag.AMBER, Procedure.STATUTORY, "Team A", "CIC", "a.khan")).rejects(STATUTORY_AMBER);
        assertThat(filter(Rag.RED, Procedure.STATUTORY, "Team A", "CIC", "m.jones")).rejects(STATUTORY_AMBER);
    }

    @Test
    void aCommentHasNoProcedureSoAProcedureFilterLeavesItOut() {
        assertThat(filter(null, Procedure.CORPORATE, null, null, null)).rejects(COMMENT_GREEN);
    }

    @Test
    void valuesAreComparedExactlyAsTheStoredQueryComparesThem() {
        assertThat(filter(null, null, "team a", null, null)).rejects(STATUTORY_AMBER);
    }

    private static OpenClockFilter filter(Rag rag, Procedure procedure, String team, String serviceArea, String managerId) {
        return new OpenClockFilter(new FindOpenClocksQuery(rag, procedure, team, serviceArea, managerId, null, null));
    }
}
