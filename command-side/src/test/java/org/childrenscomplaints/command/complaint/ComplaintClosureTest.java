package org.childrenscomplaints.command.complaint;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.childrenscomplaints.api.complaint.AllocateComplaintCommand;
import org.childrenscomplaints.api.complaint.Channel;
import org.childrenscomplaints.api.complaint.Complainant;
import org.childrenscomplaints.api.complaint.ComplainantRelationship;
import org.childrenscomplaints.api.complaint.ComplaintReceivedEvent;
import org.childrenscomplaints.api.complaint.ExtensionAgreedEvent;
import org.childrenscomplaints.api.complaint.ComplaintAcknowledgedEvent;
import org.childrenscomplaints.api.complaint.ComplaintAllocatedEvent;
import org.childrenscomplaints.api.complaint.ComplaintDeclinedEvent;
import org.childrenscomplaints.api.complaint.ComplaintEscalatedEvent;
import org.childrenscomplaints.api.complaint.ComplaintReclassifiedEvent;
import org.childrenscomplaints.api.complaint.ComplaintRespondedEvent;
import org.childrenscomplaints.api.complaint.ComplaintWithdrawnEvent;
import org.childrenscomplaints.api.complaint.DeclineComplaintCommand;
import org.childrenscomplaints.api.complaint.EscalateComplaintCommand;
import org.childrenscomplaints.api.complaint.Outcome;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.ReclassifyComplaintCommand;
import org.childrenscomplaints.api.complaint.ReminderLevel;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.api.complaint.WithdrawComplaintCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.childrenscomplaints.command.complaint.ComplaintFixtures.ID;
import static org.childrenscomplaints.command.EventMatchers.caseEvents;
import static org.childrenscomplaints.command.complaint.ComplaintFixtures.corporateReceived;
import static org.childrenscomplaints.command.EventMatchers.reminderLadders;
import static org.childrenscomplaints.command.complaint.ComplaintFixtures.sendReceived;
import static org.childrenscomplaints.command.complaint.ComplaintFixtures.statutoryReceived;

/** Withdrawal, decline and reclassification. */
class ComplaintClosureTest {

    private static final LocalDate APRIL_8 = LocalDate.of(2026, 4, 8);

    private AggregateTestFixture<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = ComplaintFixtures.fixture();
    }

    @Test
    void aWithdrawnComplaintTakesNoMoreCommandsForItsStages() {
        fixture.given(statutoryReceived())
                .when(new WithdrawComplaintCommand(ID, APRIL_8, "resolved informally"))
                .expectEvents(new ComplaintWithdrawnEvent(ID, Stage.STAGE_1, APRIL_8, "resolved informally"));
        fixture.given(statutoryReceived(), new ComplaintWithdrawnEvent(ID, Stage.STAGE_1, APRIL_8, null))
                .when(new AllocateComplaintCommand(ID, "m.jones", null, null, null))
                .expectNoEvents()
                .expectExceptionMessage("The complaint was withdrawn on 2026-04-08; nothing more can be recorded "
                        + "against its stages.");
    }

    @Test
    void aDeclineNeedsItsReason() {
        fixture.given(statutoryReceived())
                .when(new DeclineComplaintCommand(ID, APRIL_8, " "))
                .expectNoEvents()
                .expectExceptionMessage("These fields are missing or invalid: reason.");
        fixture.given(statutoryReceived())
                .when(new DeclineComplaintCommand(ID, APRIL_8, "Concurrent care proceedings"))
                .expectEvents(new ComplaintDeclinedEvent(ID, Stage.STAGE_1, APRIL_8, "Concurrent care proceedings"));
    }

    @Test
    void theOmbudsmanIsStillOpenToAComplaintTheCouncilDeclined() {
        fixture.given(statutoryReceived(), new ComplaintDeclinedEvent(ID, Stage.STAGE_1, APRIL_8, "out of scope"))
                .when(new EscalateComplaintCommand(ID, Stage.OMBUDSMAN, LocalDate.of(2026, 4, 20), null, null))
                .expectEventsMatching(caseEvents(new ComplaintEscalatedEvent(ID, Stage.OMBUDSMAN,
                        LocalDate.of(2026, 4, 20), null, null, null, null)));
        fixture.given(statutoryReceived(), new ComplaintDeclinedEvent(ID, Stage.STAGE_1, APRIL_8, "out of scope"),
                        new ComplaintEscalatedEvent(ID, Stage.OMBUDSMAN, LocalDate.of(2026, 4, 20), null, null, null, null))
                .when(new EscalateComplaintCommand(ID, Stage.OMBUDSMAN, LocalDate.of(2026, 4, 21), null, null))
                .expectNoEvents()
                .expectExceptionMessage("The complaint was already referred to the Ombudsman on 2026-04-20.");
    }

    @Test
    void aCorporateComplaintMovedToTheStatutoryProcedureGetsItsDueDatesFromReceipt() {
        fixture.given(corporateReceived())
                .when(new ReclassifyComplaintCommand(ID, Procedure.STATUTORY, "The complainant is the child's foster carer", null))
                .expectEventsMatching(caseEvents(new ComplaintReclassifiedEvent(ID, Procedure.CORPORATE,
                        Procedure.STATUTORY, "The complainant is the child's foster carer", null, LocalDate.of(2026, 4, 9),
                        LocalDate.of(2026, 4, 20))));
    }

    @Test
    void anAcknowledgedComplaintKeepsNoAcknowledgementClockWhenReclassified() {
        fixture.given(statutoryReceived(), new ComplaintAcknowledgedEvent(ID, LocalDate.of(2026, 4, 7),
                        LocalDate.of(2026, 4, 20)))
                .when(new ReclassifyComplaintCommand(ID, Procedure.CORPORATE, "a grandparent without parental responsibility", null))
                // corporate Stage 1 runs 10 working days from the acknowledgement; only the response clock is reminded
                .expectEventsMatching(caseEvents(new ComplaintReclassifiedEvent(ID, Procedure.STATUTORY,
                        Procedure.CORPORATE, "a grandparent without parental responsibility", null, null,
                        LocalDate.of(2026, 4, 21))))
                .expectEventsMatching(reminderLadders(List.of(ReminderLevel.ESCALATED)));
    }

    @Test
    void movingAComplaintToTheStatutoryProcedureNeedsASufficientInterestDecisionForSomeoneWithoutAQualifyingRelationship() {
        ComplaintReceivedEvent fromAGrandparent = new ComplaintReceivedEvent(ID, "CO-2026-0001", Procedure.CORPORATE,
                LocalDate.of(2026, 4, 2), Channel.EMAIL, new Complainant(ComplainantRelationship.RELATIVE_WITHOUT_PR,
                null, null, null, null), "CIC", null, List.of("DELAY"), "summary", null, null, null, null,
                LocalDate.of(2026, 4, 13), LocalDate.of(2026, 4, 27));
        fixture.given(fromAGrandparent)
                .when(new ReclassifyComplaintCommand(ID, Procedure.STATUTORY, "about a care plan", null))
                .expectNoEvents()
                .expectExceptionMessage("A statutory complaint from someone who is RELATIVE_WITHOUT_PR needs the "
                        + "council's decision that they have sufficient interest in the child's welfare: give "
                        + "sufficientInterestReason.");
        fixture.given(fromAGrandparent)
                .when(new ReclassifyComplaintCommand(ID, Procedure.STATUTORY, "about a care plan", "She is the main carer"))
                .expectEventsMatching(caseEvents(new ComplaintReclassifiedEvent(ID, Procedure.CORPORATE,
                        Procedure.STATUTORY, "about a care plan", "She is the main carer", LocalDate.of(2026, 4, 9),
                        LocalDate.of(2026, 4, 20))));
    }

    @Test
    void anExtensionBeyondTheNewProceduresLimitBlocksTheMove() {
        fixture.given(sendReceived(), new ExtensionAgreedEvent(ID, Stage.STAGE_1, APRIL_8, LocalDate.of(2026, 5, 14), null))
                .when(new ReclassifyComplaintCommand(ID, Procedure.STATUTORY, "foster carer", null))
                .expectNoEvents()
                .expectExceptionMessage("The extension agreed to 2026-05-14 goes beyond what the STATUTORY procedure "
                        + "allows (2026-05-05); agree a shorter one first.");
    }

    @Test
    void reclassificationEndsWithTheStage1ResponseAndNeedsAReasonAndAnotherProcedure() {
        fixture.given(statutoryReceived(), new ComplaintAllocatedEvent(ID, Stage.STAGE_1, "m.jones", null, null, null),
                        new ComplaintRespondedEvent(ID, Stage.STAGE_1, APRIL_8, Outcome.UPHELD, Map.of()))
                .when(new ReclassifyComplaintCommand(ID, Procedure.CORPORATE, "reason", null))
                .expectNoEvents()
                .expectExceptionMessage("A complaint can be moved to another procedure only until Stage 1 is answered.");
        fixture.given(statutoryReceived())
                .when(new ReclassifyComplaintCommand(ID, Procedure.STATUTORY, "reason", null))
                .expectNoEvents()
                .expectExceptionMessage("The complaint is already under the STATUTORY procedure.");
        fixture.given(statutoryReceived())
                .when(new ReclassifyComplaintCommand(ID, null, null, null))
                .expectNoEvents()
                .expectExceptionMessage("These fields are missing or invalid: procedure, reason.");
    }
}
