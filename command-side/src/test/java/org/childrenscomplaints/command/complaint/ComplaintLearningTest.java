package org.childrenscomplaints.command.complaint;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.childrenscomplaints.api.complaint.CaptureLearningCommand;
import org.childrenscomplaints.api.complaint.CompleteLearningActionCommand;
import org.childrenscomplaints.api.complaint.ComplaintAllocatedEvent;
import org.childrenscomplaints.api.complaint.ComplaintRespondedEvent;
import org.childrenscomplaints.api.complaint.LearningAction;
import org.childrenscomplaints.api.complaint.LearningActionCompletedEvent;
import org.childrenscomplaints.api.complaint.LearningCapturedEvent;
import org.childrenscomplaints.api.complaint.Outcome;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.api.web.Rejection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.childrenscomplaints.command.complaint.ComplaintFixtures.ID;
import static org.childrenscomplaints.command.complaint.ComplaintFixtures.append;
import static org.childrenscomplaints.command.complaint.ComplaintFixtures.TODAY;
import static org.childrenscomplaints.command.complaint.ComplaintFixtures.statutoryReceived;

/** Learning is captured for upheld complaints, and each of its actions is completed once. */
class ComplaintLearningTest {

    private static final UUID LEARNING = UUID.fromString("7c6b5a49-3e2d-4c1b-9a08-f7e6d5c4b3a2");
    private static final LearningAction BRIEFING =
            new LearningAction("Brief all IROs on notice periods", "Head of Safeguarding", LocalDate.of(2026, 12, 31));

    private AggregateTestFixture<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = ComplaintFixtures.fixture();
    }

    @Test
    void learningFromAPartlyUpheldComplaintIsCapturedWithItsActions() {
        fixture.given(answered(Outcome.PARTIALLY_UPHELD))
                .when(new CaptureLearningCommand(ID, LEARNING, null, "PROVIDE_TRAINING", " Reviews moved without notice ",
                        List.of(BRIEFING)))
                .expectResultMessagePayload(LEARNING)
                .expectEvents(new LearningCapturedEvent(ID, LEARNING, TODAY, "PROVIDE_TRAINING",
                        "Reviews moved without notice", List.of(BRIEFING)));
    }

    @Test
    void learningFromThePastKeepsTheDayItWasCapturedButNotADayToCome() {
        fixture.given(answered(Outcome.UPHELD))
                .when(new CaptureLearningCommand(ID, LEARNING, LocalDate.of(2026, 5, 6), "PROVIDE_TRAINING", "s", List.of()))
                .expectEvents(new LearningCapturedEvent(ID, LEARNING, LocalDate.of(2026, 5, 6), "PROVIDE_TRAINING", "s",
                        List.of()));
        fixture.given(answered(Outcome.UPHELD))
                .when(new CaptureLearningCommand(ID, LEARNING, TODAY.plusDays(1), "PROVIDE_TRAINING", "s", List.of()))
                .expectNoEvents()
                .expectExceptionMessage("These fields are missing or invalid: capturedOn.");
    }

    @Test
    void aComplaintThatWasNotUpheldHasNoLearningToCapture() {
        fixture.given(answered(Outcome.NOT_UPHELD))
                .when(new CaptureLearningCommand(ID, LEARNING, null, "PROVIDE_TRAINING", "summary", List.of()))
                .expectNoEvents()
                .expectExceptionMessage("Learning is captured for complaints upheld or partially upheld; no stage of "
                        + "this complaint has been.");
    }

    @Test
    void learningNeedsAKnownCategoryASummaryAndADescriptionForEachAction() {
        fixture.given(answered(Outcome.UPHELD))
                .when(new CaptureLearningCommand(ID, LEARNING, null, "BLAME", " ",
                        List.of(new LearningAction(" ", "owner", null))))
                .expectNoEvents()
                .expectExceptionMessage("These fields are missing or invalid: summary, category, actions[0].description, "
                        + "actions[0].dueDate.");
    }

    @Test
    void anActionIsCompletedOnceAndOnlyIfItExists() {
        Object[] captured = append(answered(Outcome.UPHELD),
                new LearningCapturedEvent(ID, LEARNING, LocalDate.of(2026, 5, 6), "PROVIDE_TRAINING", "s", List.of(BRIEFING)));
        fixture.given(captured)
                .when(new CompleteLearningActionCommand(ID, LEARNING, 0, LocalDate.of(2026, 6, 15)))
                .expectEvents(new LearningActionCompletedEvent(ID, LEARNING, 0, LocalDate.of(2026, 6, 15)));
        fixture.given(append(captured, new LearningActionCompletedEvent(ID, LEARNING, 0, LocalDate.of(2026, 6, 15))))
                .when(new CompleteLearningActionCommand(ID, LEARNING, 0, LocalDate.of(2026, 6, 16)))
                .expectNoEvents()
                .expectExceptionMessage("Action 0 was already completed on 2026-06-15.");
        fixture.given(captured)
                .when(new CompleteLearningActionCommand(ID, LEARNING, 1, LocalDate.of(2026, 6, 15)))
                .expectNoEvents()
                .expectExceptionDetails(new Rejection(Rejection.Kind.NOT_FOUND,
                        "The learning has no action 1; its actions are numbered from 0 to 0.", List.of()));
        fixture.given(captured)
                .when(new CompleteLearningActionCommand(ID, UUID.randomUUID(), 0, LocalDate.of(2026, 6, 15)))
                .expectNoEvents()
                .expectException(CommandExecutionException.class);
    }

    @Test
    void learningCapturedAgainUnderTheSameIdIsNotCapturedTwice() {
        fixture.given(append(answered(Outcome.UPHELD), new LearningCapturedEvent(ID, LEARNING, TODAY, "PROVIDE_TRAINING",
                        "s", List.of(BRIEFING))))
                .when(new CaptureLearningCommand(ID, LEARNING, null, "PROVIDE_TRAINING", "s", List.of(BRIEFING)))
                .expectResultMessagePayload(LEARNING)
                .expectNoEvents();
    }

    private static Object[] answered(Outcome outcome) {
        return new Object[]{statutoryReceived(), new ComplaintAllocatedEvent(ID, Stage.STAGE_1, "m.jones", null, null, null),
                new ComplaintRespondedEvent(ID, Stage.STAGE_1, LocalDate.of(2026, 4, 20), outcome, Map.of())};
    }
}
