package org.childrenscomplaints.command.complaint;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.childrenscomplaints.api.complaint.AcknowledgeComplaintCommand;
import org.childrenscomplaints.api.complaint.AgreeExtensionCommand;
import org.childrenscomplaints.api.complaint.AllocateComplaintCommand;
import org.childrenscomplaints.api.complaint.ComplaintAcknowledgedEvent;
import org.childrenscomplaints.api.complaint.ComplaintAllocatedEvent;
import org.childrenscomplaints.api.complaint.ComplaintRespondedEvent;
import org.childrenscomplaints.api.complaint.DelayReason;
import org.childrenscomplaints.api.complaint.DelayReasonRecordedEvent;
import org.childrenscomplaints.api.complaint.ExtensionAgreedEvent;
import org.childrenscomplaints.api.complaint.Outcome;
import org.childrenscomplaints.api.complaint.RecordDelayReasonCommand;
import org.childrenscomplaints.api.complaint.RespondToComplaintCommand;
import org.childrenscomplaints.api.complaint.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.childrenscomplaints.command.EventMatchers.caseEvents;
import static org.childrenscomplaints.command.complaint.ComplaintFixtures.ID;
import static org.childrenscomplaints.command.complaint.ComplaintFixtures.TODAY;
import static org.childrenscomplaints.command.complaint.ComplaintFixtures.corporateReceived;
import static org.childrenscomplaints.command.complaint.ComplaintFixtures.sendReceived;
import static org.childrenscomplaints.command.complaint.ComplaintFixtures.statutoryReceived;

/** Stage 1 of all three procedures: acknowledgement, allocation, extension, delay reasons and the response. */
class ComplaintStage1Test {

    private static final LocalDate APRIL_7 = LocalDate.of(2026, 4, 7);
    private static final ComplaintAllocatedEvent ALLOCATED =
            new ComplaintAllocatedEvent(ID, Stage.STAGE_1, "m.jones", "M Jones", "Children in Care 1", null);

    private AggregateTestFixture<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = ComplaintFixtures.fixture();
    }

    @Nested
    class Acknowledgement {

        @Test
        void aStatutoryAcknowledgementLeavesTheStage1DueDateWhereReceiptPutIt() {
            fixture.given(statutoryReceived())
                    .when(new AcknowledgeComplaintCommand(ID, APRIL_7))
                    .expectEventsMatching(caseEvents(new ComplaintAcknowledgedEvent(ID, APRIL_7, LocalDate.of(2026, 4, 20))));
        }

        @Test
        void aCorporateAcknowledgementStartsTheStage1ClockOf10WorkingDays() {
            fixture.given(corporateReceived())
                    .when(new AcknowledgeComplaintCommand(ID, APRIL_7))
                    .expectEventsMatching(caseEvents(new ComplaintAcknowledgedEvent(ID, APRIL_7, LocalDate.of(2026, 4, 21))));
        }

        @Test
        void aCorporateAcknowledgementKeepsAnAgreedExtension() {
            fixture.given(corporateReceived(),
                            new ExtensionAgreedEvent(ID, Stage.STAGE_1, APRIL_7, LocalDate.of(2026, 5, 8), null))
                    .when(new AcknowledgeComplaintCommand(ID, APRIL_7))
                    .expectEventsMatching(caseEvents(new ComplaintAcknowledgedEvent(ID, APRIL_7, LocalDate.of(2026, 5, 8))));
        }

        @Test
        void aComplaintIsAcknowledgedOnlyOnce() {
            fixture.given(statutoryReceived(), new ComplaintAcknowledgedEvent(ID, APRIL_7, LocalDate.of(2026, 4, 20)))
                    .when(new AcknowledgeComplaintCommand(ID, APRIL_7.plusDays(1)))
                    .expectNoEvents()
                    .expectExceptionMessage("The complaint was already acknowledged on 2026-04-07.");
        }

        @Test
        void anAcknowledgementCannotPredateReceiptNorBeInTheFuture() {
            fixture.given(statutoryReceived())
                    .when(new AcknowledgeComplaintCommand(ID, LocalDate.of(2026, 4, 1)))
                    .expectNoEvents()
                    .expectExceptionMessage("These fields are missing or invalid: acknowledgedOn.");
            fixture.given(statutoryReceived())
                    .when(new AcknowledgeComplaintCommand(ID, TODAY.plusDays(1)))
                    .expectNoEvents()
                    .expectExceptionMessage("These fields are missing or invalid: acknowledgedOn.");
        }
    }

    @Nested
    class Allocation {

        @Test
        void stage1IsAllocatedToAManagerAndMayBeReallocated() {
            fixture.given(statutoryReceived(), ALLOCATED)
                    .when(new AllocateComplaintCommand(ID, " a.khan ", "A Khan", " ", null))
                    .expectEventsMatching(caseEvents(new ComplaintAllocatedEvent(ID, Stage.STAGE_1, "a.khan", "A Khan", null, null)));
        }

        @Test
        void anAllocationNamesTheManager() {
            fixture.given(statutoryReceived())
                    .when(new AllocateComplaintCommand(ID, " ", "A Khan", null, null))
                    .expectNoEvents()
                    .expectExceptionMessage("These fields are missing or invalid: managerId.");
        }

        @Test
        void anIndependentPersonIsNotPartOfStage1() {
            fixture.given(statutoryReceived())
                    .when(new AllocateComplaintCommand(ID, "m.jones", null, null, "R Patel"))
                    .expectNoEvents()
                    .expectExceptionMessage("These fields are missing or invalid: independentPerson.");
        }

        @Test
        void anAnsweredStageCannotBeAllocated() {
            fixture.given(statutoryReceived(), ALLOCATED, responded(LocalDate.of(2026, 4, 15)))
                    .when(new AllocateComplaintCommand(ID, "a.khan", null, null, null))
                    .expectNoEvents()
                    .expectExceptionMessage("Stage 1 was already answered on 2026-04-15; nothing more can be recorded "
                            + "against it.");
        }
    }

    @Nested
    class Extension {

        @Test
        void aStatutoryStage1ExtendsByAgreementToAtMost20WorkingDaysFromReceipt() {
            fixture.given(statutoryReceived())
                    .when(new AgreeExtensionCommand(ID, APRIL_7, LocalDate.of(2026, 5, 5), "needs the foster carer's view"))
                    .expectEventsMatching(caseEvents(new ExtensionAgreedEvent(ID, Stage.STAGE_1, APRIL_7, LocalDate.of(2026, 5, 5),
                            "needs the foster carer's view")));
        }

        @Test
        void aStatutoryStage1CannotBeExtendedBeyond20WorkingDays() {
            fixture.given(statutoryReceived())
                    .when(new AgreeExtensionCommand(ID, APRIL_7, LocalDate.of(2026, 5, 6), null))
                    .expectNoEvents()
                    .expectExceptionMessage("A STATUTORY complaint's Stage 1 can be extended by agreement to at most "
                            + "20 working days from the start of the stage, so no later than 2026-05-05.");
        }

        @Test
        void aSecondExtensionCountsAgainstTheSameLimit() {
            fixture.given(sendReceived(), new ExtensionAgreedEvent(ID, Stage.STAGE_1, APRIL_7, LocalDate.of(2026, 5, 12), null))
                    .when(new AgreeExtensionCommand(ID, LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 20), null))
                    .expectNoEvents()
                    .expectExceptionMessage("A SEND complaint's Stage 1 can be extended by agreement to at most "
                            + "10 working days beyond the original due date, so no later than 2026-05-19.");
            fixture.given(sendReceived(), new ExtensionAgreedEvent(ID, Stage.STAGE_1, APRIL_7, LocalDate.of(2026, 5, 12), null))
                    .when(new AgreeExtensionCommand(ID, LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 19), null))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aCorporateStage1ExtendsByAtMost10WorkingDaysBeyondTheDueDateSetByTheAcknowledgement() {
            fixture.given(corporateReceived(), new ComplaintAcknowledgedEvent(ID, APRIL_7, LocalDate.of(2026, 4, 21)))
                    .when(new AgreeExtensionCommand(ID, APRIL_7, LocalDate.of(2026, 5, 7), null))
                    .expectNoEvents()
                    .expectExceptionMessage("A CORPORATE complaint's Stage 1 can be extended by agreement to at most "
                            + "10 working days beyond the original due date, so no later than 2026-05-06.");
        }

        @Test
        void aCorporateStage1IsExtendedOnlyOnceTheAcknowledgementHasStartedItsClock() {
            fixture.given(corporateReceived())
                    .when(new AgreeExtensionCommand(ID, APRIL_7, LocalDate.of(2026, 5, 1), null))
                    .expectNoEvents()
                    .expectExceptionMessage("A CORPORATE complaint's Stage 1 runs from its acknowledgement: acknowledge "
                            + "it before agreeing an extension.");
        }

        @Test
        void anExtensionMustMoveTheDueDateLater() {
            fixture.given(statutoryReceived())
                    .when(new AgreeExtensionCommand(ID, APRIL_7, LocalDate.of(2026, 4, 20), null))
                    .expectNoEvents()
                    .expectExceptionMessage("An extension must move the due date later than 2026-04-20.");
        }

        @Test
        void anExtensionNeedsTheDayItWasAgreedAndTheNewDueDate() {
            fixture.given(statutoryReceived())
                    .when(new AgreeExtensionCommand(ID, null, null, null))
                    .expectNoEvents()
                    .expectExceptionMessage("These fields are missing or invalid: agreedOn, newDueDate.");
        }
    }

    @Nested
    class DelayReasons {

        @Test
        void aDelayReasonIsRecordedAgainstTheCurrentStage() {
            fixture.given(statutoryReceived())
                    .when(new RecordDelayReasonCommand(ID, new DelayReason("INFORMATION_DELAYED", null)))
                    .expectEventsMatching(caseEvents(new DelayReasonRecordedEvent(ID, Stage.STAGE_1, "INFORMATION_DELAYED", null)));
        }

        @Test
        void anUnknownCategoryAndOtherWithoutANoteAreRefused() {
            fixture.given(statutoryReceived())
                    .when(new RecordDelayReasonCommand(ID, new DelayReason("HOLIDAYS", null)))
                    .expectNoEvents()
                    .expectExceptionMessage("These fields are missing or invalid: category.");
            fixture.given(statutoryReceived())
                    .when(new RecordDelayReasonCommand(ID, new DelayReason("OTHER", " ")))
                    .expectNoEvents()
                    .expectExceptionMessage("These fields are missing or invalid: note.");
        }
    }

    @Nested
    class Response {

        @Test
        void anAllocatedStage1IsAnsweredWithItsOutcomeAndTheOutcomeOfEachIssue() {
            fixture.given(statutoryReceived(), ALLOCATED)
                    .when(new RespondToComplaintCommand(ID, LocalDate.of(2026, 4, 20), Outcome.PARTIALLY_UPHELD,
                            Map.of("DELAY", Outcome.UPHELD, "STAFF_ATTITUDE", Outcome.NOT_UPHELD), null))
                    .expectEventsMatching(caseEvents(new ComplaintRespondedEvent(ID, Stage.STAGE_1, LocalDate.of(2026, 4, 20),
                            Outcome.PARTIALLY_UPHELD, Map.of("DELAY", Outcome.UPHELD, "STAFF_ATTITUDE", Outcome.NOT_UPHELD))));
        }

        @Test
        void noStageIsAnsweredBeforeItIsAllocated() {
            fixture.given(statutoryReceived())
                    .when(new RespondToComplaintCommand(ID, LocalDate.of(2026, 4, 15), Outcome.UPHELD, null, null))
                    .expectNoEvents()
                    .expectExceptionMessage("Stage 1 must be allocated to a manager before it is answered.");
        }

        @Test
        void aLateResponseWithNoDelayReasonIsRefused() {
            fixture.given(statutoryReceived(), ALLOCATED)
                    .when(new RespondToComplaintCommand(ID, LocalDate.of(2026, 4, 21), Outcome.UPHELD, null, null))
                    .expectNoEvents()
                    .expectExceptionMessage("This response is late: Stage 1 was due on 2026-04-20. Record a delay "
                            + "reason first, or send one with the response.");
        }

        @Test
        void aLateResponseIsAcceptedWithADelayReasonRecordedBefore() {
            fixture.given(statutoryReceived(), ALLOCATED,
                            new DelayReasonRecordedEvent(ID, Stage.STAGE_1, "SIGN_OFF_DELAYED", null))
                    .when(new RespondToComplaintCommand(ID, LocalDate.of(2026, 4, 21), Outcome.UPHELD, null, null))
                    .expectEventsMatching(caseEvents(responded(LocalDate.of(2026, 4, 21))));
        }

        @Test
        void aLateResponseIsAcceptedWithADelayReasonSentWithIt() {
            fixture.given(statutoryReceived(), ALLOCATED)
                    .when(new RespondToComplaintCommand(ID, LocalDate.of(2026, 4, 21), Outcome.UPHELD, null,
                            new DelayReason("OTHER", "the manager was on leave")))
                    .expectEventsMatching(caseEvents(new DelayReasonRecordedEvent(ID, Stage.STAGE_1, "OTHER", "the manager was on leave"),
                            responded(LocalDate.of(2026, 4, 21))));
        }

        @Test
        void aResponseWithinAnAgreedExtensionIsNotLate() {
            fixture.given(statutoryReceived(), ALLOCATED,
                            new ExtensionAgreedEvent(ID, Stage.STAGE_1, APRIL_7, LocalDate.of(2026, 5, 5), null))
                    .when(new RespondToComplaintCommand(ID, LocalDate.of(2026, 5, 5), Outcome.UPHELD, null, null))
                    .expectEventsMatching(caseEvents(responded(LocalDate.of(2026, 5, 5))));
        }

        @Test
        void aCorporateResponseIsLateOnlyAfterTheDueDateTheAcknowledgementSet() {
            fixture.given(corporateReceived(), new ComplaintAcknowledgedEvent(ID, APRIL_7, LocalDate.of(2026, 4, 21)),
                            ALLOCATED)
                    .when(new RespondToComplaintCommand(ID, LocalDate.of(2026, 4, 22), Outcome.UPHELD, null, null))
                    .expectNoEvents()
                    .expectExceptionMessage("This response is late: Stage 1 was due on 2026-04-21. Record a delay "
                            + "reason first, or send one with the response.");
        }

        @Test
        void aStageIsAnsweredOnlyOnce() {
            fixture.given(statutoryReceived(), ALLOCATED, responded(LocalDate.of(2026, 4, 15)))
                    .when(new RespondToComplaintCommand(ID, LocalDate.of(2026, 4, 16), Outcome.UPHELD, null, null))
                    .expectNoEvents()
                    .expectExceptionMessage("Stage 1 was already answered on 2026-04-15; nothing more can be recorded "
                            + "against it.");
        }

        @Test
        void outcomesAreGivenOnlyForTheComplaintsOwnIssues() {
            fixture.given(statutoryReceived(), ALLOCATED)
                    .when(new RespondToComplaintCommand(ID, LocalDate.of(2026, 4, 15), null,
                            Map.of("FINANCE_PAYMENTS", Outcome.UPHELD), null))
                    .expectNoEvents()
                    .expectExceptionMessage("These fields are missing or invalid: outcome, issueOutcomes.FINANCE_PAYMENTS.");
        }

        @Test
        void aResponseCannotPredateTheStage() {
            fixture.given(statutoryReceived(), ALLOCATED)
                    .when(new RespondToComplaintCommand(ID, LocalDate.of(2026, 4, 1), Outcome.UPHELD, null, null))
                    .expectNoEvents()
                    .expectExceptionMessage("These fields are missing or invalid: respondedOn.");
        }
    }

    private static ComplaintRespondedEvent responded(LocalDate on) {
        return new ComplaintRespondedEvent(ID, Stage.STAGE_1, on, Outcome.UPHELD, Map.of());
    }
}
