package org.childrenscomplaints.command.complaint;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.childrenscomplaints.api.complaint.AcknowledgeComplaintCommand;
import org.childrenscomplaints.api.complaint.AgreeExtensionCommand;
import org.childrenscomplaints.api.complaint.AllocateComplaintCommand;
import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.ComplaintAllocatedEvent;
import org.childrenscomplaints.api.complaint.ComplaintEscalatedEvent;
import org.childrenscomplaints.api.complaint.ComplaintReceivedEvent;
import org.childrenscomplaints.api.complaint.ComplaintRespondedEvent;
import org.childrenscomplaints.api.complaint.EscalateComplaintCommand;
import org.childrenscomplaints.api.complaint.Outcome;
import org.childrenscomplaints.api.complaint.PanelReportReceivedEvent;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.RecordReviewPanelCommand;
import org.childrenscomplaints.api.complaint.RespondToComplaintCommand;
import org.childrenscomplaints.api.complaint.ReviewPanelHeldEvent;
import org.childrenscomplaints.api.complaint.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.childrenscomplaints.command.complaint.ComplaintFixtures.ID;
import static org.childrenscomplaints.command.complaint.ComplaintFixtures.append;
import static org.childrenscomplaints.command.EventMatchers.caseEvents;
import static org.childrenscomplaints.command.complaint.ComplaintFixtures.corporateReceived;
import static org.childrenscomplaints.command.complaint.ComplaintFixtures.sendReceived;
import static org.childrenscomplaints.command.complaint.ComplaintFixtures.statutoryReceived;

/** Stage 2 for every procedure, Stage 3 for statutory complaints only, and the Ombudsman for all. */
class ComplaintEscalationTest {

    private static final LocalDate STAGE1_ANSWERED = LocalDate.of(2026, 4, 20);
    private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);

    private AggregateTestFixture<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = ComplaintFixtures.fixture();
    }

    @Test
    void aStatutoryStage2RequestedOn1May2026IsDueOn9June() {
        fixture.given(stage1Answered(statutoryReceived()))
                .when(new EscalateComplaintCommand(ID, Stage.STAGE_2, MAY_1, null, null))
                .expectEventsMatching(caseEvents(new ComplaintEscalatedEvent(ID, Stage.STAGE_2, MAY_1, null, null,
                        ClockType.RESPONSE, LocalDate.of(2026, 6, 9))));
    }

    @Test
    void aCorporateStage2IsDueIn20WorkingDays() {
        fixture.given(stage1Answered(corporateReceived()))
                .when(new EscalateComplaintCommand(ID, Stage.STAGE_2, MAY_1, null, null))
                .expectEventsMatching(caseEvents(new ComplaintEscalatedEvent(ID, Stage.STAGE_2, MAY_1, null, null,
                        ClockType.RESPONSE, LocalDate.of(2026, 6, 2))));
    }

    @Test
    void aSendStage2IsDueIn20WorkingDaysAndExtendsByAtMost20More() {
        fixture.given(stage1Answered(sendReceived()))
                .when(new EscalateComplaintCommand(ID, Stage.STAGE_2, MAY_1, null, null))
                .expectEventsMatching(caseEvents(new ComplaintEscalatedEvent(ID, Stage.STAGE_2, MAY_1, null, null,
                        ClockType.RESPONSE, LocalDate.of(2026, 6, 2))));
        fixture.given(stage2Requested(sendReceived()))
                .when(new AgreeExtensionCommand(ID, MAY_1, LocalDate.of(2026, 7, 1), null))
                .expectNoEvents()
                .expectExceptionMessage("A SEND complaint's Stage 2 can be extended by agreement to at most 20 working "
                        + "days beyond the original due date, so no later than 2026-06-30.");
    }

    @Test
    void aReasonSentWithARequestInTimeIsNotRecordedAsALateRequest() {
        fixture.given(stage1Answered(statutoryReceived()))
                .when(new EscalateComplaintCommand(ID, Stage.STAGE_2, MAY_1, "just in case", null))
                .expectEventsMatching(caseEvents(new ComplaintEscalatedEvent(ID, Stage.STAGE_2, MAY_1, null, null,
                        ClockType.RESPONSE, LocalDate.of(2026, 6, 9))));
    }

    @Test
    void stage2WaitsForTheStage1Response() {
        fixture.given(statutoryReceived())
                .when(new EscalateComplaintCommand(ID, Stage.STAGE_2, MAY_1, null, null))
                .expectNoEvents()
                .expectExceptionMessage("Stage 2 can be asked for once Stage 1 has been answered.");
    }

    @Test
    void aLateStage2RequestNeedsARecordedReason() {
        LocalDate late = LocalDate.of(2026, 5, 20);
        fixture.given(stage1Answered(statutoryReceived()))
                .when(new EscalateComplaintCommand(ID, Stage.STAGE_2, late, null, null))
                .expectNoEvents()
                .expectExceptionMessage("Stage 2 was asked for more than 20 working days after the Stage 1 response "
                        + "(the last day was 2026-05-19): record the reason for accepting the request late in "
                        + "lateRequestReason.");
        fixture.given(stage1Answered(statutoryReceived()))
                .when(new EscalateComplaintCommand(ID, Stage.STAGE_2, late, "The young person was in hospital", null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aStatutoryStage2IsAllocatedWithAnIndependentPersonToSomeoneOtherThanTheStage1Responder() {
        fixture.given(stage2Requested(statutoryReceived()))
                .when(new AllocateComplaintCommand(ID, "i.officer", null, null, null))
                .expectNoEvents()
                .expectExceptionMessage("These fields are missing or invalid: independentPerson.");
        fixture.given(stage2Requested(statutoryReceived()))
                .when(new AllocateComplaintCommand(ID, "M.Jones", null, null, "R Patel"))
                .expectNoEvents()
                .expectExceptionMessage("Stage 2 must be handled by someone other than the Stage 1 responder (M.Jones).");
        fixture.given(stage2Requested(statutoryReceived()))
                .when(new AllocateComplaintCommand(ID, "i.officer", "I Officer", null, "R Patel"))
                .expectEventsMatching(caseEvents(
                        new ComplaintAllocatedEvent(ID, Stage.STAGE_2, "i.officer", "I Officer", null, "R Patel")));
    }

    @Test
    void aCorporateStage2HasNoIndependentPersonButStillANewResponder() {
        fixture.given(stage2Requested(corporateReceived()))
                .when(new AllocateComplaintCommand(ID, "a.khan", null, null, null))
                .expectSuccessfulHandlerExecution();
        fixture.given(stage2Requested(corporateReceived()))
                .when(new AllocateComplaintCommand(ID, "a.khan", null, null, "R Patel"))
                .expectExceptionMessage("These fields are missing or invalid: independentPerson.");
    }

    @Test
    void aStatutoryStage2ExtendsToAtMost65WorkingDaysFromTheRequest() {
        fixture.given(stage2Requested(statutoryReceived()))
                .when(new AgreeExtensionCommand(ID, MAY_1, LocalDate.of(2026, 8, 5), null))
                .expectNoEvents()
                .expectExceptionMessage("A STATUTORY complaint's Stage 2 can be extended by agreement to at most 65 "
                        + "working days from the start of the stage, so no later than 2026-08-04.");
        fixture.given(stage2Requested(statutoryReceived()))
                .when(new AgreeExtensionCommand(ID, MAY_1, LocalDate.of(2026, 8, 4), null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void onlyTheStatutoryProcedureHasAStage3() {
        fixture.given(stage2Answered(corporateReceived()))
                .when(new EscalateComplaintCommand(ID, Stage.STAGE_3, LocalDate.of(2026, 6, 10), null, null))
                .expectNoEvents()
                .expectExceptionMessage("Only the statutory procedure has a Stage 3 review panel; a CORPORATE complaint "
                        + "goes from Stage 2 to the Ombudsman.");
    }

    @Test
    void aStatutoryStage3RunsPanelReportAndResponseEachToItsOwnTimeLimit() {
        LocalDate requested = LocalDate.of(2026, 6, 10);
        fixture.given(stage2Answered(statutoryReceived()))
                .when(new EscalateComplaintCommand(ID, Stage.STAGE_3, requested, null, null))
                // the panel meets within 30 working days of the request
                .expectEventsMatching(caseEvents(new ComplaintEscalatedEvent(ID, Stage.STAGE_3, requested, null, null,
                        ClockType.PANEL, LocalDate.of(2026, 7, 22))));
        fixture.given(stage3Requested())
                .when(new RecordReviewPanelCommand(ID, LocalDate.of(2026, 7, 20), LocalDate.of(2026, 7, 24)))
                // the report within 5 working days of the panel, the council's response within 15 of the report
                .expectEventsMatching(caseEvents(
                        new ReviewPanelHeldEvent(ID, LocalDate.of(2026, 7, 20), LocalDate.of(2026, 7, 27)),
                        new PanelReportReceivedEvent(ID, LocalDate.of(2026, 7, 24), LocalDate.of(2026, 8, 14))));
    }

    @Test
    void theCouncilRespondsAtStage3OnlyAfterThePanelsReport() {
        fixture.given(append(stage3Requested(), new ComplaintAllocatedEvent(ID, Stage.STAGE_3, "d.director", null, null, null)))
                .when(new RespondToComplaintCommand(ID, LocalDate.of(2026, 7, 1), Outcome.UPHELD, null, null))
                .expectNoEvents()
                .expectExceptionMessage("At Stage 3 the council responds once the review panel has met and its report "
                        + "has been received.");
    }

    @Test
    void aReviewPanelSitsOnlyAtStage3() {
        fixture.given(stage2Requested(statutoryReceived()))
                .when(new RecordReviewPanelCommand(ID, LocalDate.of(2026, 5, 20), null))
                .expectNoEvents()
                .expectExceptionMessage("A review panel sits only at Stage 3; the complaint is at Stage 2.");
    }

    @Test
    void aReferralToTheOmbudsmanIsNeverRefusedAndClosesTheCouncilsStages() {
        fixture.given(statutoryReceived())
                .when(new EscalateComplaintCommand(ID, Stage.OMBUDSMAN, LocalDate.of(2026, 4, 10), null, "25 001 234"))
                .expectEventsMatching(caseEvents(new ComplaintEscalatedEvent(ID, Stage.OMBUDSMAN,
                        LocalDate.of(2026, 4, 10), null, "25 001 234", null, null)));
        fixture.given(statutoryReceived(), new ComplaintEscalatedEvent(ID, Stage.OMBUDSMAN, LocalDate.of(2026, 4, 10),
                        null, null, null, null))
                .when(new AcknowledgeComplaintCommand(ID, LocalDate.of(2026, 4, 13)))
                .expectNoEvents()
                .expectExceptionMessage("The complaint was referred to the Ombudsman on 2026-04-10; the council's own "
                        + "stages are closed.");
    }

    @Test
    void onlyAnOmbudsmanReferralCarriesAnOmbudsmanReference() {
        fixture.given(stage1Answered(statutoryReceived()))
                .when(new EscalateComplaintCommand(ID, Stage.STAGE_2, MAY_1, null, "25 001 234"))
                .expectNoEvents()
                .expectExceptionMessage("These fields are missing or invalid: ombudsmanReference.");
    }

    private static Object[] stage1Answered(ComplaintReceivedEvent received) {
        return new Object[]{received, new ComplaintAllocatedEvent(ID, Stage.STAGE_1, "m.jones", null, null, null),
                new ComplaintRespondedEvent(ID, Stage.STAGE_1, STAGE1_ANSWERED, Outcome.NOT_UPHELD, Map.of())};
    }

    private static Object[] stage2Requested(ComplaintReceivedEvent received) {
        LocalDate due = received.procedure() == Procedure.STATUTORY
                ? LocalDate.of(2026, 6, 9) : LocalDate.of(2026, 6, 2);
        return append(stage1Answered(received),
                new ComplaintEscalatedEvent(ID, Stage.STAGE_2, MAY_1, null, null, ClockType.RESPONSE, due));
    }

    private static Object[] stage2Answered(ComplaintReceivedEvent received) {
        return append(stage2Requested(received),
                new ComplaintAllocatedEvent(ID, Stage.STAGE_2, "i.officer", null, null, "R Patel"),
                new ComplaintRespondedEvent(ID, Stage.STAGE_2, LocalDate.of(2026, 6, 5), Outcome.NOT_UPHELD, Map.of()));
    }

    private static Object[] stage3Requested() {
        return append(stage2Answered(statutoryReceived()), new ComplaintEscalatedEvent(ID, Stage.STAGE_3,
                LocalDate.of(2026, 6, 10), null, null, ClockType.PANEL, LocalDate.of(2026, 7, 22)));
    }
}
