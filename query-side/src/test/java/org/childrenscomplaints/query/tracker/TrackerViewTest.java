package org.childrenscomplaints.query.tracker;

import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.api.tracker.OpenClock;
import org.childrenscomplaints.api.tracker.OpenClocksPage;
import org.childrenscomplaints.api.tracker.Rag;
import org.childrenscomplaints.api.tracker.TrackerCaseUpdate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Which case updates a live tracker showing only corporate complaints is sent, and with which clocks. */
class TrackerViewTest {

    private final TrackerView corporateOnly = new TrackerView(clock -> clock.procedure() == Procedure.CORPORATE);

    @Test
    void theSnapshotIsShownAsItIs() {
        OpenClock corporate = clock(UUID.randomUUID(), Procedure.CORPORATE, ClockType.RESPONSE);

        assertThat(corporateOnly.show(new OpenClocksPage(List.of(corporate), 1))).containsExactly(corporate);
    }

    @Test
    void anUpdateCarriesOnlyTheClocksInView() {
        UUID caseId = UUID.randomUUID();
        OpenClock acknowledgement = clock(caseId, Procedure.CORPORATE, ClockType.ACKNOWLEDGEMENT);

        assertThat(corporateOnly.show(update(caseId, acknowledgement)))
                .hasValueSatisfying(update -> assertThat(update.clocks()).containsExactly(acknowledgement));
    }

    @Test
    void aCaseNeverInViewIsNoneOfTheTrackersBusiness() {
        UUID statutory = UUID.randomUUID();

        assertThat(corporateOnly.show(update(statutory, clock(statutory, Procedure.STATUTORY, ClockType.RESPONSE))))
                .isEmpty();
        assertThat(corporateOnly.show(update(statutory))).isEmpty();
    }

    @Test
    void aCaseLeavingTheViewIsSentOnceWithNoClocksSoItsRowsGo() {
        UUID caseId = UUID.randomUUID();
        corporateOnly.show(update(caseId, clock(caseId, Procedure.CORPORATE, ClockType.RESPONSE)));

        // reclassified as statutory: out of this view
        TrackerCaseUpdate reclassified = update(caseId, clock(caseId, Procedure.STATUTORY, ClockType.RESPONSE));

        assertThat(corporateOnly.show(reclassified))
                .hasValueSatisfying(update -> assertThat(update.clocks()).isEmpty());
        assertThat(corporateOnly.show(reclassified)).isEmpty();
    }

    @Test
    void aCaseInTheSnapshotIsInViewUntilAnUpdateTakesItOut() {
        UUID caseId = UUID.randomUUID();
        corporateOnly.show(new OpenClocksPage(List.of(clock(caseId, Procedure.CORPORATE, ClockType.RESPONSE)), 1));

        assertThat(corporateOnly.show(update(caseId))).hasValueSatisfying(update -> {
            assertThat(update.id()).isEqualTo(caseId);
            assertThat(update.clocks()).isEmpty();
        });
    }

    private static TrackerCaseUpdate update(UUID caseId, OpenClock... clocks) {
        return new TrackerCaseUpdate(caseId, "CO-2026-0001", List.of(clocks));
    }

    private static OpenClock clock(UUID caseId, Procedure procedure, ClockType clock) {
        return new OpenClock(caseId, "CO-2026-0001", procedure, Stage.STAGE_1, clock, "CIC", "Team A", null,
                LocalDate.of(2026, 4, 20), 7, Rag.GREEN, false, false);
    }
}
