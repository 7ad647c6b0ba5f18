package org.childrenscomplaints.command.complaint;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.childrenscomplaints.api.complaint.Channel;
import org.childrenscomplaints.api.complaint.Complainant;
import org.childrenscomplaints.api.complaint.ComplainantRelationship;
import org.childrenscomplaints.api.CaseRegistration;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.RegisterComplaintCommand;
import org.childrenscomplaints.api.web.FieldProblem;
import org.childrenscomplaints.api.web.Rejection;
import org.childrenscomplaints.command.policy.ReferenceData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childrenscomplaints.command.EventMatchers.caseEvents;
import static org.childrenscomplaints.command.complaint.ComplaintFixtures.complainant;
import static org.childrenscomplaints.command.complaint.ComplaintFixtures.received;

class ComplaintRegistrationTest {

    private static final UUID ID = ComplaintFixtures.ID;
    private static final LocalDate TODAY = ComplaintFixtures.TODAY;
    private static final LocalDate THURSDAY_BEFORE_EASTER = ComplaintFixtures.THURSDAY_BEFORE_EASTER;


    private AggregateTestFixture<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = ComplaintFixtures.fixture();
    }

    @Test
    void aStatutoryComplaintMustBeAcknowledgedIn3AndAnsweredIn10WorkingDaysFromReceipt() {
        fixture.givenNoPriorActivity()
                .when(command(Procedure.STATUTORY, THURSDAY_BEFORE_EASTER, null))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new CaseRegistration(ID, "ST-2026-0001"))
                .expectEventsMatching(caseEvents(received(Procedure.STATUTORY, THURSDAY_BEFORE_EASTER, "ST-2026-0001",
                        LocalDate.of(2026, 4, 9), LocalDate.of(2026, 4, 20))));
    }

    @Test
    void aCorporateComplaintsStage1ClockRunsFromTheAcknowledgementsDueDate() {
        fixture.givenNoPriorActivity()
                .when(command(Procedure.CORPORATE, THURSDAY_BEFORE_EASTER, null))
                // acknowledge in 5 working days (13 April), answer 10 working days after that
                .expectEventsMatching(caseEvents(received(Procedure.CORPORATE, THURSDAY_BEFORE_EASTER, "CO-2026-0001",
                        LocalDate.of(2026, 4, 13), LocalDate.of(2026, 4, 27))));
    }

    @Test
    void aSendComplaintIsAnsweredIn20WorkingDays() {
        fixture.givenNoPriorActivity()
                .when(command(Procedure.SEND, THURSDAY_BEFORE_EASTER, null))
                .expectEventsMatching(caseEvents(received(Procedure.SEND, THURSDAY_BEFORE_EASTER, "SE-2026-0001",
                        LocalDate.of(2026, 4, 13), LocalDate.of(2026, 5, 5))));
    }

    @Test
    void aComplaintReceivedOnASaturdayCountsAsReceivedOnMonday() {
        LocalDate saturday = LocalDate.of(2026, 11, 21);
        fixture.givenNoPriorActivity()
                .when(command(Procedure.STATUTORY, saturday, null))
                .expectEventsMatching(caseEvents(received(Procedure.STATUTORY, saturday, "ST-2026-0001",
                        LocalDate.of(2026, 11, 26), LocalDate.of(2026, 12, 7))));
    }

    @Test
    void aSuppliedReferenceIsKept() {
        LocalDate received = LocalDate.of(2019, 6, 3);
        fixture.givenNoPriorActivity()
                .when(command(Procedure.STATUTORY, received, "ST-2019-0007"))
                .expectResultMessagePayload(new CaseRegistration(ID, "ST-2019-0007"))
                .expectEventsMatching(caseEvents(received(Procedure.STATUTORY, received, "ST-2019-0007",
                        LocalDate.of(2019, 6, 6), LocalDate.of(2019, 6, 17))));
    }

    @Test
    void everyMissingOrInvalidFieldIsNamedInOneRefusalAndNothingIsStored() {
        RegisterComplaintCommand bad = new RegisterComplaintCommand(ID, null, TODAY.plusDays(1), null,
                new Complainant(null, null, null, null, null), "NOWHERE", null, List.of("DELAY", "GOSSIP"), " ",
                null, null, null, null, "ST-26-1");

        fixture.givenNoPriorActivity()
                .when(bad)
                .expectNoEvents()
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.INVALID,
                        "These fields are missing or invalid: procedure, channel, summary, complainant.relationship, "
                                + "receivedOn, serviceArea, issues[1], reference.",
                        List.of(new FieldProblem("procedure", "is required"),
                                new FieldProblem("channel", "is required"),
                                new FieldProblem("summary", "is required"),
                                new FieldProblem("complainant.relationship", "is required"),
                                new FieldProblem("receivedOn", "cannot be in the future"),
                                new FieldProblem("serviceArea", ReferenceData.defaults().describeServiceAreas()),
                                new FieldProblem("issues[1]", ReferenceData.defaults().describeIssueCategories()),
                                new FieldProblem("reference", "must look like ST-2019-0007: the two letters of "
                                        + "the kind of case, the reporting year and the case's number"))));
    }

    @Test
    void aComplaintWithNoIssuesIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterComplaintCommand(ID, Procedure.STATUTORY, THURSDAY_BEFORE_EASTER, Channel.EMAIL,
                        complainant(), "CIC", null, List.of(), "summary", null, null, null, null, null))
                .expectNoEvents()
                .expectExceptionMessage("These fields are missing or invalid: issues.");
    }

    @Test
    void aReferenceOfAnotherProcedureIsRefused() {
        fixture.givenNoPriorActivity()
                .when(command(Procedure.CORPORATE, THURSDAY_BEFORE_EASTER, "ST-2026-0003"))
                .expectNoEvents()
                .expectExceptionMessage("These fields are missing or invalid: reference.");
    }

    @Test
    void aMatterThatOccurredAfterReceiptIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterComplaintCommand(ID, Procedure.STATUTORY, THURSDAY_BEFORE_EASTER, Channel.EMAIL,
                        complainant(), "CIC", null, List.of("DELAY"), "summary", THURSDAY_BEFORE_EASTER.plusDays(1),
                        null, null, null, null))
                .expectNoEvents()
                .expectExceptionMessage("These fields are missing or invalid: matterOccurredOn.");
    }

    @Test
    void aComplaintReceivedTodayIsAccepted() {
        fixture.givenNoPriorActivity()
                .when(command(Procedure.STATUTORY, TODAY, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aMissingOrRepeatedIssueAndADateBeforeTheChildrenActAreNamed() {
        fixture.givenNoPriorActivity()
                .when(new RegisterComplaintCommand(ID, Procedure.STATUTORY, LocalDate.of(1990, 1, 1), Channel.EMAIL,
                        complainant(), "CIC", null, Arrays.asList(null, "DELAY", "DELAY"), "summary", null, null, null,
                        null, null))
                .expectNoEvents()
                .expectExceptionMessage("These fields are missing or invalid: receivedOn, issues[0], issues[2].");
    }

    @Test
    void aSuppliedReferenceCarriesTheReportingYearOfReceipt() {
        fixture.givenNoPriorActivity()
                .when(command(Procedure.STATUTORY, LocalDate.of(2020, 3, 31), "ST-2020-0007"))
                .expectNoEvents()
                .expectExceptionMessage("These fields are missing or invalid: reference.");
    }

    @Test
    void aStatutoryComplaintFromSomeoneWithoutAQualifyingRelationshipNeedsASufficientInterestDecision() {
        fixture.givenNoPriorActivity()
                .when(from(ComplainantRelationship.RELATIVE_WITHOUT_PR, Procedure.STATUTORY, null, null, null))
                .expectNoEvents()
                .expectExceptionMessage("A statutory complaint from someone who is RELATIVE_WITHOUT_PR needs the "
                        + "council's decision that they have sufficient interest in the child's welfare: give "
                        + "sufficientInterestReason, or register it under the corporate procedure.");
        fixture.givenNoPriorActivity()
                .when(from(ComplainantRelationship.RELATIVE_WITHOUT_PR, Procedure.STATUTORY, null, null,
                        "Grandmother caring for the child full time"))
                .expectSuccessfulHandlerExecution();
        fixture.givenNoPriorActivity()
                .when(from(ComplainantRelationship.RELATIVE_WITHOUT_PR, Procedure.CORPORATE, null, null, null))
                .expectSuccessfulHandlerExecution();
        fixture.givenNoPriorActivity()
                .when(from(ComplainantRelationship.FOSTER_CARER, Procedure.STATUTORY, null, null, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aMatterMoreThanAYearOldNeedsARecordedReasonForAcceptingItLate() {
        LocalDate received = THURSDAY_BEFORE_EASTER;
        fixture.givenNoPriorActivity()
                .when(from(ComplainantRelationship.PARENT, Procedure.SEND, received.minusYears(1).minusDays(1), null, null))
                .expectNoEvents()
                .expectExceptionMessage("The matter complained about happened more than a year before the complaint "
                        + "was received (2025-04-01): record the reason for accepting it late in lateAcceptanceReason.");
        fixture.givenNoPriorActivity()
                .when(from(ComplainantRelationship.PARENT, Procedure.SEND, received.minusYears(1).minusDays(1),
                        "The family only learnt of the decision in March", null))
                .expectSuccessfulHandlerExecution();
        fixture.givenNoPriorActivity()
                .when(from(ComplainantRelationship.PARENT, Procedure.SEND, received.minusYears(1), null, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theCommandsAndEventsTextNeverCarriesPersonalData() {
        assertThat(command(Procedure.STATUTORY, TODAY, null).toString())
                .doesNotContain("Jo Bloggs", "jo@example.org", "Review was late");
        assertThat(received(Procedure.STATUTORY, TODAY, "ST-2026-0001", TODAY, TODAY).toString())
                .doesNotContain("Jo Bloggs", "jo@example.org", "Review was late");
    }

    private static RegisterComplaintCommand from(ComplainantRelationship relationship, Procedure procedure,
                                                 LocalDate matterOccurredOn, String lateAcceptanceReason,
                                                 String sufficientInterestReason) {
        return new RegisterComplaintCommand(ID, procedure, THURSDAY_BEFORE_EASTER, Channel.EMAIL,
                new Complainant(relationship, null, null, null, null), "CIC", null, List.of("DELAY"), "summary",
                matterOccurredOn, lateAcceptanceReason, sufficientInterestReason, null, null);
    }

    private static RegisterComplaintCommand command(Procedure procedure, LocalDate receivedOn, String reference) {
        return new RegisterComplaintCommand(ID, procedure, receivedOn, Channel.EMAIL, complainant(), "CIC", " Team A ",
                List.of("DELAY", "STAFF_ATTITUDE"), "Review was late", null, null, null, true, reference);
    }

    /** The same request run again (its answer lost in a crash): the first registration, nothing numbered twice. */
    @Test
    void aRegistrationRunAgainAnswersWithTheCaseItFirstMade() {
        fixture.given(received(Procedure.STATUTORY, THURSDAY_BEFORE_EASTER, "ST-2026-0001", LocalDate.of(2026, 4, 9),
                        LocalDate.of(2026, 4, 20)))
                .when(command(Procedure.STATUTORY, THURSDAY_BEFORE_EASTER, null))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new CaseRegistration(ID, "ST-2026-0001"))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }
}
