package org.childrenscomplaints.command.complaint;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.childrenscomplaints.api.complaint.CompleteRemedyCommand;
import org.childrenscomplaints.api.complaint.ComplaintEscalatedEvent;
import org.childrenscomplaints.api.complaint.OmbudsmanDecision;
import org.childrenscomplaints.api.complaint.OmbudsmanDecisionRecordedEvent;
import org.childrenscomplaints.api.complaint.RecordOmbudsmanDecisionCommand;
import org.childrenscomplaints.api.complaint.Remedy;
import org.childrenscomplaints.api.complaint.RemedyCompletedEvent;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.api.web.Rejection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.childrenscomplaints.command.complaint.ComplaintFixtures.ID;
import static org.childrenscomplaints.command.complaint.ComplaintFixtures.statutoryReceived;

/** The Ombudsman's decision on a referred complaint, and the remedies the council carries out. */
class ComplaintOmbudsmanTest {

    private static final LocalDate REFERRED = LocalDate.of(2026, 5, 4);
    private static final LocalDate DECIDED = LocalDate.of(2026, 10, 1);
    private static final Remedy APOLOGY = new Remedy("Apologise in writing", LocalDate.of(2026, 10, 31));
    private static final ComplaintEscalatedEvent REFERRAL =
            new ComplaintEscalatedEvent(ID, Stage.OMBUDSMAN, REFERRED, null, "26 004 321", null, null);
    private static final OmbudsmanDecisionRecordedEvent DECISION = new OmbudsmanDecisionRecordedEvent(ID, DECIDED,
            OmbudsmanDecision.UPHELD_FAULT_INJUSTICE, true, false, List.of(APOLOGY));

    private AggregateTestFixture<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = ComplaintFixtures.fixture();
    }

    @Test
    void theDecisionOnAReferredComplaintIsRecordedWithItsRemedies() {
        fixture.given(statutoryReceived(), REFERRAL)
                .when(new RecordOmbudsmanDecisionCommand(ID, DECIDED, OmbudsmanDecision.UPHELD_FAULT_INJUSTICE, true,
                        false, List.of(new Remedy(" Apologise in writing ", LocalDate.of(2026, 10, 31)))))
                .expectEvents(DECISION);
    }

    @Test
    void thereIsNoDecisionWithoutAReferralAndOnlyOneWithOne() {
        fixture.given(statutoryReceived())
                .when(new RecordOmbudsmanDecisionCommand(ID, DECIDED, OmbudsmanDecision.PREMATURE, null, null, null))
                .expectNoEvents()
                .expectExceptionMessage("No referral to the Ombudsman is recorded for this complaint; record it first "
                        + "(an escalation to OMBUDSMAN).");
        fixture.given(statutoryReceived(), REFERRAL, DECISION)
                .when(new RecordOmbudsmanDecisionCommand(ID, DECIDED, OmbudsmanDecision.PREMATURE, null, null, null))
                .expectNoEvents()
                .expectExceptionMessage("The Ombudsman's decision was already recorded (decided on 2026-10-01).");
    }

    @Test
    void aDecisionCannotPredateTheReferralAndNeedsItsDecisionAndRemedyDescriptions() {
        fixture.given(statutoryReceived(), REFERRAL)
                .when(new RecordOmbudsmanDecisionCommand(ID, REFERRED.minusDays(1), null, null, null,
                        List.of(new Remedy(null, null))))
                .expectNoEvents()
                .expectExceptionMessage("These fields are missing or invalid: decidedOn, decision, remedies[0].description, "
                        + "remedies[0].dueDate.");
    }

    @Test
    void aRemedyIsCompletedOnceAndOnlyIfItExists() {
        fixture.given(statutoryReceived(), REFERRAL, DECISION)
                .when(new CompleteRemedyCommand(ID, 0, LocalDate.of(2026, 10, 20)))
                .expectEvents(new RemedyCompletedEvent(ID, 0, LocalDate.of(2026, 10, 20)));
        fixture.given(statutoryReceived(), REFERRAL, DECISION, new RemedyCompletedEvent(ID, 0, LocalDate.of(2026, 10, 20)))
                .when(new CompleteRemedyCommand(ID, 0, LocalDate.of(2026, 10, 21)))
                .expectNoEvents()
                .expectExceptionMessage("Remedy 0 was already completed on 2026-10-20.");
        fixture.given(statutoryReceived(), REFERRAL, DECISION)
                .when(new CompleteRemedyCommand(ID, 1, LocalDate.of(2026, 10, 20)))
                .expectNoEvents()
                .expectExceptionDetails(new Rejection(Rejection.Kind.NOT_FOUND,
                        "The Ombudsman's decision on this complaint has no remedy 1.", List.of()));
    }
}
