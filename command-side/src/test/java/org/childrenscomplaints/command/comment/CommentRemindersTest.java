package org.childrenscomplaints.command.comment;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.childrenscomplaints.api.comment.RegisterCommentCommand;
import org.childrenscomplaints.api.complaint.Channel;
import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.ReminderFiredEvent;
import org.childrenscomplaints.api.complaint.ReminderLevel;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.command.DeadlinesFromToday;
import org.childrenscomplaints.command.EventMatchers;
import org.childrenscomplaints.command.TestRules;
import org.childrenscomplaints.command.complaint.reminder.ReminderDue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** A comment received on Sunday 22 November 2026, "today": acknowledge by Monday 30th. */
@ExtendWith(DeadlinesFromToday.class)
class CommentRemindersTest {

    private static final UUID ID = UUID.fromString("3c4d5e6f-7081-4b9c-8dbe-2f3a4b5c6d7e");
    private static final ZoneId LONDON = TestRules.LONDON;
    private static final LocalDate ACKNOWLEDGE_BY = LocalDate.of(2026, 11, 30);

    private AggregateTestFixture<Comment> fixture;

    @BeforeEach
    void setUp() {
        fixture = CommentFixtures.fixture();
    }

    @Test
    void aCommentsReminderThatFiresSetsTheNextOfItsClock() {
        fixture.givenCommands(new RegisterCommentCommand(ID, TestRules.TODAY, Channel.MOBILE_APP, "CIC", null,
                        "More evening activities please", null))
                .whenTimeAdvancesTo(at(LocalDate.of(2026, 11, 25)))
                .expectEventsMatching(EventMatchers.caseEvents(new ReminderFiredEvent(ID, Stage.STAGE_1,
                        ClockType.ACKNOWLEDGEMENT, ReminderLevel.EARLY, ACKNOWLEDGE_BY)))
                .expectEventsMatching(EventMatchers.reminderLadders(List.of(ReminderLevel.APPROACHING)))
                .expectScheduledDeadline(at(LocalDate.of(2026, 11, 26)),
                        new ReminderDue(Stage.STAGE_1, ClockType.ACKNOWLEDGEMENT, ReminderLevel.APPROACHING, ACKNOWLEDGE_BY));
    }

    private static Instant at(LocalDate day) {
        return day.atTime(7, 0).atZone(LONDON).toInstant();
    }
}
