package org.childrenscomplaints.command.complaint;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.childrenscomplaints.api.CaseRegistration;
import org.childrenscomplaints.api.complaint.AllocateComplaintCommand;
import org.childrenscomplaints.api.complaint.Channel;
import org.childrenscomplaints.api.complaint.ComplaintAcknowledgedEvent;
import org.childrenscomplaints.api.complaint.ComplaintAllocatedEvent;
import org.childrenscomplaints.api.complaint.ComplaintEscalatedEvent;
import org.childrenscomplaints.api.complaint.ComplaintRespondedEvent;
import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.DelayReasonRecordedEvent;
import org.childrenscomplaints.api.complaint.EscalateComplaintCommand;
import org.childrenscomplaints.api.complaint.LearningAction;
import org.childrenscomplaints.api.complaint.LearningCapturedEvent;
import org.childrenscomplaints.api.complaint.Outcome;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.RegisterComplaintCommand;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.api.imports.ImportComplaintCommand;
import org.childrenscomplaints.api.imports.ImportedProgress;
import org.childrenscomplaints.api.imports.ImportedStage;
import org.childrenscomplaints.api.web.FieldProblem;
import org.childrenscomplaints.api.web.Rejection;
import org.childrenscomplaints.command.TestRules;
import org.childrenscomplaints.command.policy.ComplaintRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.childrenscomplaints.command.EventMatchers.caseEvents;
import static org.childrenscomplaints.command.complaint.ComplaintFixtures.ID;
import static org.childrenscomplaints.command.complaint.ComplaintFixtures.THURSDAY_BEFORE_EASTER;
import static org.childrenscomplaints.command.complaint.ComplaintFixtures.complainant;
import static org.childrenscomplaints.command.complaint.ComplaintFixtures.corporateReceived;
import static org.childrenscomplaints.command.complaint.ComplaintFixtures.statutoryReceived;

/** A spreadsheet row replayed by the Complaint: the officer's events in date order, NOT_RECORDED where the sheet is silent, all or nothing. */
class ComplaintImportTest {

    private static final LocalDate APRIL_7 = LocalDate.of(2026, 4, 7);
    private static final LocalDate APRIL_20 = LocalDate.of(2026, 4, 20);
    private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);
    private static final LocalDate JUNE_15 = LocalDate.of(2026, 6, 15);
    private static final ComplaintRules RULES = TestRules.onToday();

    private AggregateTestFixture<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = ComplaintFixtures.fixture();
    }

    @Test
    void aRowAnsweredOnTimeGivesTheEventsOfTheOfficersCommandsInDateOrder() {
        ImportedProgress progress = progress(APRIL_7, "m.jones", List.of(),
                new ImportedStage(null, APRIL_20, Outcome.NOT_UPHELD), ImportedStage.none(), null, List.of());

        fixture.givenNoPriorActivity()
                .when(new ImportComplaintCommand(ID, registration(Procedure.CORPORATE, "CO-2026-0001"), progress))
                .expectResultMessagePayload(new CaseRegistration(ID, "CO-2026-0001"))
                .expectEventsMatching(caseEvents(corporateReceived(),
                        new ComplaintAllocatedEvent(ID, Stage.STAGE_1, "m.jones", null, null, null),
                        new ComplaintAcknowledgedEvent(ID, APRIL_7, LocalDate.of(2026, 4, 21)),
                        new ComplaintRespondedEvent(ID, Stage.STAGE_1, APRIL_20, Outcome.NOT_UPHELD, Map.of())));
    }

    @Test
    void whatTheSpreadsheetNeverHeldIsRecordedAsNotRecorded() {
        ImportedProgress progress = progress(null, "m.jones", List.of(),
                new ImportedStage(null, MAY_1, Outcome.UPHELD), new ImportedStage(JUNE_15, null, null),
                "PROVIDE_TRAINING", List.of("Training session"));
        UUID learningId = UUID.nameUUIDFromBytes(("imported learning of " + ID).getBytes(StandardCharsets.UTF_8));

        fixture.givenNoPriorActivity()
                .when(new ImportComplaintCommand(ID, registration(Procedure.STATUTORY, "ST-2026-0001"), progress))
                .expectEventsMatching(caseEvents(statutoryReceived(),
                        new ComplaintAllocatedEvent(ID, Stage.STAGE_1, "m.jones", null, null, null),
                        new DelayReasonRecordedEvent(ID, Stage.STAGE_1, Provenance.NOT_RECORDED, null),
                        new ComplaintRespondedEvent(ID, Stage.STAGE_1, MAY_1, Outcome.UPHELD, Map.of()),
                        new LearningCapturedEvent(ID, learningId, MAY_1, "PROVIDE_TRAINING", "What was learnt",
                                List.of(new LearningAction("Training session", Provenance.NOT_RECORDED, null))),
                        new ComplaintEscalatedEvent(ID, Stage.STAGE_2, JUNE_15, Provenance.NOT_RECORDED, null,
                                ClockType.RESPONSE, RULES.policyOf(Procedure.STATUTORY).stage2DueDate(JUNE_15,
                                RULES.calendar())),
                        new ComplaintAllocatedEvent(ID, Stage.STAGE_2, Provenance.NOT_RECORDED, null, null, null)));
    }

    @Test
    void theRowsDelayReasonsGoToTheFirstLateAnswer() {
        ImportedProgress progress = progress(null, "m.jones", List.of("INFORMATION_DELAYED", "SIGN_OFF_DELAYED"),
                new ImportedStage(null, MAY_1, Outcome.NOT_UPHELD), ImportedStage.none(), null, List.of());

        fixture.givenNoPriorActivity()
                .when(new ImportComplaintCommand(ID, registration(Procedure.STATUTORY, "ST-2026-0001"), progress))
                .expectEventsMatching(caseEvents(statutoryReceived(),
                        new ComplaintAllocatedEvent(ID, Stage.STAGE_1, "m.jones", null, null, null),
                        new DelayReasonRecordedEvent(ID, Stage.STAGE_1, "INFORMATION_DELAYED", null),
                        new DelayReasonRecordedEvent(ID, Stage.STAGE_1, "SIGN_OFF_DELAYED", null),
                        new ComplaintRespondedEvent(ID, Stage.STAGE_1, MAY_1, Outcome.NOT_UPHELD, Map.of())));
    }

    @Test
    void aRuleBrokenLateInTheRowStoresNothingOfItAndNamesTheCell() {
        ImportedProgress unallocated = progress(APRIL_7, null, List.of(),
                new ImportedStage(null, APRIL_20, Outcome.UPHELD), ImportedStage.none(), null, List.of());

        fixture.givenNoPriorActivity()
                .when(new ImportComplaintCommand(ID, registration(Procedure.STATUTORY, "ST-2026-0001"), unallocated))
                .expectNoEvents()
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.RULE_BROKEN, "stage1_responded_on 2026-04-20: "
                        + "Stage 1 must be allocated to a manager before it is answered.", List.of()));
    }

    @Test
    void aFieldRefusedInAStepIsNamedByItsColumn() {
        ImportedProgress badCategory = progress(null, "m.jones", List.of("BUSY"),
                new ImportedStage(null, MAY_1, Outcome.NOT_UPHELD), ImportedStage.none(), null, List.of());

        fixture.givenNoPriorActivity()
                .when(new ImportComplaintCommand(ID, registration(Procedure.STATUTORY, "ST-2026-0001"), badCategory))
                .expectNoEvents()
                .expectExceptionDetails(new Rejection(Rejection.Kind.INVALID,
                        "These fields are missing or invalid: delay_reasons.",
                        List.of(new FieldProblem("delay_reasons", RULES.referenceData().describeDelayReasons()))));
    }

    @Test
    void delayReasonsWithNoLateOrOpenStageAreRefused() {
        ImportedProgress onTime = progress(null, "m.jones", List.of("INFORMATION_DELAYED"),
                new ImportedStage(null, APRIL_7, Outcome.NOT_UPHELD), ImportedStage.none(), null, List.of());

        fixture.givenNoPriorActivity()
                .when(new ImportComplaintCommand(ID, registration(Procedure.STATUTORY, "ST-2026-0001"), onTime))
                .expectNoEvents()
                .expectExceptionDetails(new Rejection(Rejection.Kind.RULE_BROKEN, "delay_reasons: no response of this "
                        + "complaint was late and no stage is still open, so there is no stage to record the delay "
                        + "reasons against.", List.of()));
    }

    @Test
    void anOfficerCannotAllocateAStatutoryStage2ToNotRecorded() {
        fixture.given(statutoryReceived(), new ComplaintAllocatedEvent(ID, Stage.STAGE_1, "m.jones", null, null, null),
                        new ComplaintRespondedEvent(ID, Stage.STAGE_1, APRIL_7, Outcome.NOT_UPHELD, Map.of()),
                        new ComplaintEscalatedEvent(ID, Stage.STAGE_2, APRIL_20, null, null, ClockType.RESPONSE,
                                LocalDate.of(2026, 5, 27)))
                .when(new AllocateComplaintCommand(ID, "NOT_RECORDED", null, null, null))
                .expectNoEvents()
                .expectExceptionDetails(new Rejection(Rejection.Kind.INVALID,
                        "These fields are missing or invalid: managerId, independentPerson.", List.of(
                        new FieldProblem("managerId", "cannot be NOT_RECORDED: that value is kept for history imported "
                                + "from a council's spreadsheet"),
                        new FieldProblem("independentPerson", "is required"))));
    }

    @Test
    void anOfficerCannotGiveNotRecordedAsTheReasonForALateRequest() {
        fixture.given(statutoryReceived(), new ComplaintAllocatedEvent(ID, Stage.STAGE_1, "m.jones", null, null, null),
                        new ComplaintRespondedEvent(ID, Stage.STAGE_1, APRIL_7, Outcome.NOT_UPHELD, Map.of()))
                .when(new EscalateComplaintCommand(ID, Stage.STAGE_2, JUNE_15, "not_recorded", null))
                .expectNoEvents()
                .expectException(CommandExecutionException.class);
    }

    private static RegisterComplaintCommand registration(Procedure procedure, String reference) {
        return new RegisterComplaintCommand(ID, procedure, THURSDAY_BEFORE_EASTER, Channel.EMAIL, complainant(), "CIC",
                "Team A", List.of("DELAY", "STAFF_ATTITUDE"), "Review was late", null, null, null, true, reference);
    }

    private static ImportedProgress progress(LocalDate acknowledgedOn, String allocatedTo, List<String> delayReasons,
                                             ImportedStage stage1, ImportedStage stage2, String learningCategory,
                                             List<String> learningActions) {
        return new ImportedProgress(acknowledgedOn, allocatedTo, null, null, delayReasons, stage1, stage2, null, null,
                null, null, null, null, learningCategory, learningCategory == null ? null : "What was learnt",
                learningActions);
    }
}
