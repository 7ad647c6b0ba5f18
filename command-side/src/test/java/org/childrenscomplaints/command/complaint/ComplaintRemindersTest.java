package org.childrenscomplaints.command.complaint;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.childrenscomplaints.api.complaint.AcknowledgeComplaintCommand;
import org.childrenscomplaints.api.complaint.AgreeExtensionCommand;
import org.childrenscomplaints.api.complaint.AllocateComplaintCommand;
import org.childrenscomplaints.api.complaint.Channel;
import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.Outcome;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.RegisterComplaintCommand;
import org.childrenscomplaints.api.complaint.ReminderFiredEvent;
import org.childrenscomplaints.api.complaint.ReminderLevel;
import org.childrenscomplaints.api.complaint.RespondToComplaintCommand;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.command.complaint.reminder.ReminderDue;
import org.childrenscomplaints.command.EventMatchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.childrenscomplaints.command.complaint.ComplaintFixtures.ID;
import static org.childrenscomplaints.command.complaint.ComplaintFixtures.LONDON;
import static org.childrenscomplaints.command.complaint.ComplaintFixtures.TODAY;
import static org.childrenscomplaints.command.complaint.ComplaintFixtures.complainant;

/**
 * Reminders through Axon's deadline manager. "Today" is Sunday 22 November 2026, so a complaint
 * received today counts from Monday 23rd: acknowledge by Thursday 26th, answer by Monday 7 December.
 */
class ComplaintRemindersTest {

    private static final Instant MIDNIGHT = TODAY.atStartOfDay(LONDON).toInstant();
    private static final LocalDate ACKNOWLEDGE_BY = LocalDate.of(2026, 11, 26);
    private static final LocalDate ANSWER_BY = LocalDate.of(2026, 12, 7);

    private AggregateTestFixture<Complaint> fixture;
    private Clock eventClock;

    @BeforeEach
    void setUp() {
        // the fixture's deadline clock starts where the rules' clock does
        eventClock = GenericEventMessage.clock;
        GenericEventMessage.clock = Clock.fixed(MIDNIGHT, LONDON);
        fixture = ComplaintFixtures.fixture();
    }

    @AfterEach
    void restoreClock() {
        GenericEventMessage.clock = eventClock;
    }

    @Test
    void receiptSetsTheLadderOfEachStage1Clock() {
        fixture.givenNoPriorActivity()
                .when(registered(TODAY))
                .expectScheduledDeadline(at(LocalDate.of(2026, 11, 24)), due(ClockType.ACKNOWLEDGEMENT, ReminderLevel.APPROACHING, ACKNOWLEDGE_BY))
                .expectScheduledDeadline(at(LocalDate.of(2026, 11, 27)), due(ClockType.ACKNOWLEDGEMENT, ReminderLevel.OVERDUE, ACKNOWLEDGE_BY))
                .expectScheduledDeadline(at(LocalDate.of(2026, 12, 3)), due(ClockType.ACKNOWLEDGEMENT, ReminderLevel.ESCALATED, ACKNOWLEDGE_BY))
                .expectScheduledDeadline(at(LocalDate.of(2026, 11, 30)), due(ClockType.RESPONSE, ReminderLevel.EARLY, ANSWER_BY))
                .expectScheduledDeadline(at(LocalDate.of(2026, 12, 3)), due(ClockType.RESPONSE, ReminderLevel.APPROACHING, ANSWER_BY))
                .expectScheduledDeadline(at(LocalDate.of(2026, 12, 8)), due(ClockType.RESPONSE, ReminderLevel.OVERDUE, ANSWER_BY))
                .expectScheduledDeadline(at(LocalDate.of(2026, 12, 14)), due(ClockType.RESPONSE, ReminderLevel.ESCALATED, ANSWER_BY));
    }

    @Test
    void aReminderThatComesDueWhileItsClockIsOpenIsRecordedInTheCase() {
        fixture.givenCommands(registered(TODAY))
                .whenTimeAdvancesTo(at(LocalDate.of(2026, 11, 24)))
                .expectDeadlinesMet(due(ClockType.ACKNOWLEDGEMENT, ReminderLevel.APPROACHING, ACKNOWLEDGE_BY))
                .expectEvents(new ReminderFiredEvent(ID, Stage.STAGE_1, ClockType.ACKNOWLEDGEMENT,
                        ReminderLevel.APPROACHING, ACKNOWLEDGE_BY));
    }

    /** Its job ran twice: run again by JobRunr after a crash, or written again when the same request was run again. */
    @Test
    void aReminderFiresOnceWhateverTimesItsJobRuns() {
        fixture.givenCommands(registered(TODAY))
                .andGiven(new ReminderFiredEvent(ID, Stage.STAGE_1, ClockType.ACKNOWLEDGEMENT, ReminderLevel.APPROACHING,
                        ACKNOWLEDGE_BY))
                .whenTimeAdvancesTo(at(LocalDate.of(2026, 11, 24)))
                .expectDeadlinesMet(due(ClockType.ACKNOWLEDGEMENT, ReminderLevel.APPROACHING, ACKNOWLEDGE_BY))
                .expectNoEvents();
    }

    @Test
    void theAcknowledgementCallsOffItsReminders() {
        fixture.givenCommands(registered(TODAY), new AcknowledgeComplaintCommand(ID, TODAY))
                .whenTimeAdvancesTo(at(LocalDate.of(2026, 11, 27)))
                .expectNoScheduledDeadline(at(LocalDate.of(2026, 11, 27)),
                        due(ClockType.ACKNOWLEDGEMENT, ReminderLevel.OVERDUE, ACKNOWLEDGE_BY))
                .expectNoEvents();
    }

    @Test
    void anExtensionMovesTheResponseRemindersToTheNewDueDate() {
        LocalDate newDueDate = LocalDate.of(2026, 12, 14);
        fixture.givenCommands(registered(TODAY), new AcknowledgeComplaintCommand(ID, TODAY),
                        new AgreeExtensionCommand(ID, TODAY, newDueDate, null))
                .whenTimeAdvancesTo(at(LocalDate.of(2026, 12, 8)))
                // the old OVERDUE reminder is gone; the new ladder's APPROACHING one (10 December) has come
                .expectNoScheduledDeadline(at(LocalDate.of(2026, 12, 8)), due(ClockType.RESPONSE, ReminderLevel.OVERDUE, ANSWER_BY))
                .expectScheduledDeadline(at(LocalDate.of(2026, 12, 15)), due(ClockType.RESPONSE, ReminderLevel.OVERDUE, newDueDate))
                .expectEvents(new ReminderFiredEvent(ID, Stage.STAGE_1, ClockType.RESPONSE, ReminderLevel.EARLY, newDueDate));
    }

    @Test
    void theResponseCallsOffEveryReminderOfTheStage() {
        fixture.givenCommands(registered(TODAY), new AllocateComplaintCommand(ID, "m.jones", null, null, null),
                        new RespondToComplaintCommand(ID, TODAY, Outcome.NOT_UPHELD, null, null))
                .whenTimeAdvancesTo(at(LocalDate.of(2026, 12, 20)))
                .expectNoEvents();
    }

    @Test
    void aBackDatedComplaintGetsOneReminderAtOncePerClockForTheMostPressingLevelReached() {
        fixture.givenNoPriorActivity()
                .when(registered(LocalDate.of(2026, 4, 2)))
                .expectScheduledDeadline(MIDNIGHT, due(ClockType.ACKNOWLEDGEMENT, ReminderLevel.ESCALATED, LocalDate.of(2026, 4, 9)))
                .expectScheduledDeadline(MIDNIGHT, due(ClockType.RESPONSE, ReminderLevel.ESCALATED, LocalDate.of(2026, 4, 20)))
                .expectEventsMatching(EventMatchers.reminderLadders(
                        List.of(ReminderLevel.ESCALATED), List.of(ReminderLevel.ESCALATED)));
    }

    private static RegisterComplaintCommand registered(LocalDate receivedOn) {
        return new RegisterComplaintCommand(ID, Procedure.STATUTORY, receivedOn, Channel.EMAIL, complainant(), "CIC", null,
                List.of("DELAY"), "Review was late", null, null, null, null, null);
    }

    private static ReminderDue due(ClockType clock, ReminderLevel level, LocalDate dueDate) {
        return new ReminderDue(Stage.STAGE_1, clock, level, dueDate);
    }

    private static Instant at(LocalDate day) {
        return day.atTime(7, 0).atZone(LONDON).toInstant();
    }
}
