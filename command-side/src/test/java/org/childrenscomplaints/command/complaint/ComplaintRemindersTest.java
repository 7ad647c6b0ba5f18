package org.childrenscomplaints.command.complaint;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.childrenscomplaints.api.complaint.AcknowledgeComplaintCommand;
import org.childrenscomplaints.api.complaint.AgreeExtensionCommand;
import org.childrenscomplaints.api.complaint.AllocateComplaintCommand;
import org.childrenscomplaints.api.complaint.Channel;
import org.childrenscomplaints.api.complaint.ComplaintAcknowledgedEvent;
import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.Outcome;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.RegisterComplaintCommand;
import org.childrenscomplaints.api.complaint.ReminderFiredEvent;
import org.childrenscomplaints.api.complaint.ReminderLevel;
import org.childrenscomplaints.api.complaint.RemindersScheduledEvent;
import org.childrenscomplaints.api.complaint.RemindersScheduledEvent.ScheduledReminder;
import org.childrenscomplaints.api.complaint.RespondToComplaintCommand;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.command.complaint.reminder.ReminderDue;
import org.childrenscomplaints.command.DeadlinesFromToday;
import org.childrenscomplaints.command.EventMatchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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
@ExtendWith(DeadlinesFromToday.class)
class ComplaintRemindersTest {

    private static final LocalDate ACKNOWLEDGE_BY = LocalDate.of(2026, 11, 26);
    private static final LocalDate ANSWER_BY = LocalDate.of(2026, 12, 7);

    private AggregateTestFixture<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = ComplaintFixtures.fixture();
    }

    @Test
    void receiptSetsTheFirstReminderOfEachStage1Clock() {
        fixture.givenNoPriorActivity()
                .when(registered(TODAY))
                .expectScheduledDeadline(at(LocalDate.of(2026, 11, 24)), due(ClockType.ACKNOWLEDGEMENT, ReminderLevel.APPROACHING, ACKNOWLEDGE_BY))
                .expectScheduledDeadline(at(LocalDate.of(2026, 11, 30)), due(ClockType.RESPONSE, ReminderLevel.EARLY, ANSWER_BY))
                .expectNoScheduledDeadline(at(LocalDate.of(2026, 11, 27)), due(ClockType.ACKNOWLEDGEMENT, ReminderLevel.OVERDUE, ACKNOWLEDGE_BY))
                .expectEventsMatching(EventMatchers.reminderLadders(
                        List.of(ReminderLevel.APPROACHING), List.of(ReminderLevel.EARLY)));
    }

    @Test
    void eachReminderThatFiresSetsTheNextOfItsClock() {
        fixture.givenCommands(registered(TODAY))
                .whenTimeAdvancesTo(at(LocalDate.of(2026, 11, 24)))
                .expectScheduledDeadline(at(LocalDate.of(2026, 11, 27)), due(ClockType.ACKNOWLEDGEMENT, ReminderLevel.OVERDUE, ACKNOWLEDGE_BY))
                .expectEventsMatching(EventMatchers.reminderLadders(List.of(ReminderLevel.OVERDUE)));
    }

    /** The ladder the council's action plan asks for, rung after rung, though only one is set at a time. */
    @Test
    void everyRungOfBothClocksFiresInTurnWhileTheClocksStayOpen() {
        fixture.givenCommands(registered(TODAY))
                .whenTimeAdvancesTo(at(LocalDate.of(2026, 12, 20)))
                .expectEventsMatching(EventMatchers.caseEvents(
                        fired(ClockType.ACKNOWLEDGEMENT, ReminderLevel.APPROACHING, ACKNOWLEDGE_BY),
                        fired(ClockType.ACKNOWLEDGEMENT, ReminderLevel.OVERDUE, ACKNOWLEDGE_BY),
                        fired(ClockType.RESPONSE, ReminderLevel.EARLY, ANSWER_BY),
                        fired(ClockType.ACKNOWLEDGEMENT, ReminderLevel.ESCALATED, ACKNOWLEDGE_BY),
                        fired(ClockType.RESPONSE, ReminderLevel.APPROACHING, ANSWER_BY),
                        fired(ClockType.RESPONSE, ReminderLevel.OVERDUE, ANSWER_BY),
                        fired(ClockType.RESPONSE, ReminderLevel.ESCALATED, ANSWER_BY)));
    }

    /** Cases recorded before reminders were set one at a time have their clocks' whole ladders set already. */
    @Test
    void aReminderOfALadderSetWholeSetsNoOtherRung() {
        fixture.givenCommands(registered(TODAY))
                .andGiven(new RemindersScheduledEvent(ID, Stage.STAGE_1, ClockType.ACKNOWLEDGEMENT, ACKNOWLEDGE_BY, List.of(
                        new ScheduledReminder(ReminderLevel.APPROACHING, at(LocalDate.of(2026, 11, 24)), "approaching"),
                        new ScheduledReminder(ReminderLevel.OVERDUE, at(LocalDate.of(2026, 11, 27)), "overdue"),
                        new ScheduledReminder(ReminderLevel.ESCALATED, at(LocalDate.of(2026, 12, 3)), "escalated"))))
                .whenTimeAdvancesTo(at(LocalDate.of(2026, 11, 24)))
                .expectEvents(fired(ClockType.ACKNOWLEDGEMENT, ReminderLevel.APPROACHING, ACKNOWLEDGE_BY));
    }

    /** A job that outlived its clock (written by JobRunr for a command whose events were then lost) sets nothing. */
    @Test
    void aReminderForAClockNoLongerOpenSetsNoOtherRung() {
        fixture.givenCommands(registered(TODAY))
                .andGiven(new ComplaintAcknowledgedEvent(ID, TODAY, ANSWER_BY))
                .whenTimeAdvancesTo(at(LocalDate.of(2026, 11, 24)))
                .expectNoEvents()
                .expectNoScheduledDeadline(at(LocalDate.of(2026, 11, 27)), due(ClockType.ACKNOWLEDGEMENT, ReminderLevel.OVERDUE, ACKNOWLEDGE_BY));
    }

    @Test
    void aReminderThatComesDueWhileItsClockIsOpenIsRecordedInTheCase() {
        fixture.givenCommands(registered(TODAY))
                .whenTimeAdvancesTo(at(LocalDate.of(2026, 11, 24)))
                .expectDeadlinesMet(due(ClockType.ACKNOWLEDGEMENT, ReminderLevel.APPROACHING, ACKNOWLEDGE_BY))
                .expectEventsMatching(EventMatchers.caseEvents(
                        fired(ClockType.ACKNOWLEDGEMENT, ReminderLevel.APPROACHING, ACKNOWLEDGE_BY)));
    }

    /** Its job ran twice: run again by JobRunr after a crash, or written again when the same request was run again. */
    @Test
    void aReminderFiresOnceWhateverTimesItsJobRuns() {
        fixture.givenCommands(registered(TODAY))
                .andGiven(fired(ClockType.ACKNOWLEDGEMENT, ReminderLevel.APPROACHING, ACKNOWLEDGE_BY),
                        new RemindersScheduledEvent(ID, Stage.STAGE_1, ClockType.ACKNOWLEDGEMENT, ACKNOWLEDGE_BY, List.of(
                                new ScheduledReminder(ReminderLevel.OVERDUE, at(LocalDate.of(2026, 11, 27)), "overdue"))))
                .whenTimeAdvancesTo(at(LocalDate.of(2026, 11, 24)))
                .expectDeadlinesMet(due(ClockType.ACKNOWLEDGEMENT, ReminderLevel.APPROACHING, ACKNOWLEDGE_BY))
                .expectNoEvents();
    }

    /**
     * A clock set again with the due date it had (a reclassification between procedures with the same
     * time to acknowledge) starts from the most pressing rung reached, which had fired: it fires no
     * more, and the clock's next rung is set from it.
     */
    @Test
    void aClockSetAgainFromARungThatHadFiredGoesOnToItsNextRung() {
        fixture.givenCommands(registered(TODAY))
                .andGiven(fired(ClockType.ACKNOWLEDGEMENT, ReminderLevel.APPROACHING, ACKNOWLEDGE_BY))
                .whenTimeAdvancesTo(at(LocalDate.of(2026, 11, 24)))
                .expectScheduledDeadline(at(LocalDate.of(2026, 11, 27)), due(ClockType.ACKNOWLEDGEMENT, ReminderLevel.OVERDUE, ACKNOWLEDGE_BY))
                .expectEventsMatching(EventMatchers.caseEvents())
                .expectEventsMatching(EventMatchers.reminderLadders(List.of(ReminderLevel.OVERDUE)));
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
                // the old OVERDUE reminder is gone; the new ladder's EARLY one has come, its APPROACHING one is next
                .expectNoScheduledDeadline(at(LocalDate.of(2026, 12, 8)), due(ClockType.RESPONSE, ReminderLevel.OVERDUE, ANSWER_BY))
                .expectScheduledDeadline(at(LocalDate.of(2026, 12, 10)), due(ClockType.RESPONSE, ReminderLevel.APPROACHING, newDueDate))
                .expectEventsMatching(EventMatchers.caseEvents(fired(ClockType.RESPONSE, ReminderLevel.EARLY, newDueDate)));
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
                .expectScheduledDeadline(DeadlinesFromToday.MIDNIGHT, due(ClockType.ACKNOWLEDGEMENT, ReminderLevel.ESCALATED, LocalDate.of(2026, 4, 9)))
                .expectScheduledDeadline(DeadlinesFromToday.MIDNIGHT, due(ClockType.RESPONSE, ReminderLevel.ESCALATED, LocalDate.of(2026, 4, 20)))
                .expectEventsMatching(EventMatchers.reminderLadders(
                        List.of(ReminderLevel.ESCALATED), List.of(ReminderLevel.ESCALATED)));
    }

    private static RegisterComplaintCommand registered(LocalDate receivedOn) {
        return new RegisterComplaintCommand(ID, Procedure.STATUTORY, receivedOn, Channel.EMAIL, complainant(), "CIC", null,
                List.of("DELAY"), "Review was late", null, null, null, null, null);
    }

    private static ReminderFiredEvent fired(ClockType clock, ReminderLevel level, LocalDate dueDate) {
        return new ReminderFiredEvent(ID, Stage.STAGE_1, clock, level, dueDate);
    }

    private static ReminderDue due(ClockType clock, ReminderLevel level, LocalDate dueDate) {
        return new ReminderDue(Stage.STAGE_1, clock, level, dueDate);
    }

    private static Instant at(LocalDate day) {
        return day.atTime(7, 0).atZone(LONDON).toInstant();
    }
}
