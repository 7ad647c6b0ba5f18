package org.childrenscomplaints.command.comment;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.childrenscomplaints.api.CaseRegistration;
import org.childrenscomplaints.api.comment.AcknowledgeCommentCommand;
import org.childrenscomplaints.api.comment.AllocateCommentCommand;
import org.childrenscomplaints.api.comment.CommentAcknowledgedEvent;
import org.childrenscomplaints.api.comment.CommentAllocatedEvent;
import org.childrenscomplaints.api.comment.CommentReceivedEvent;
import org.childrenscomplaints.api.comment.CommentRespondedEvent;
import org.childrenscomplaints.api.comment.RegisterCommentCommand;
import org.childrenscomplaints.api.comment.RespondToCommentCommand;
import org.childrenscomplaints.api.complaint.Channel;
import org.childrenscomplaints.api.complaint.DelayReason;
import org.childrenscomplaints.api.complaint.ReminderLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.childrenscomplaints.command.EventMatchers.caseEvents;
import static org.childrenscomplaints.command.EventMatchers.reminderLadders;

/** A comment, received Thursday 2 April 2026: acknowledge by 13 April, answer by 20 April. */
class CommentTest {

    private static final UUID ID = UUID.fromString("2b3c4d5e-6f70-4a8b-9cad-1e2f3a4b5c6d");
    private static final LocalDate RECEIVED = LocalDate.of(2026, 4, 2);
    private static final CommentReceivedEvent RECEIVED_EVENT = new CommentReceivedEvent(ID, "CM-2026-0001", RECEIVED,
            Channel.MOBILE_APP, "CIC", null, "More evening activities please", null, LocalDate.of(2026, 4, 13),
            LocalDate.of(2026, 4, 20));
    private static final CommentAllocatedEvent ALLOCATED = new CommentAllocatedEvent(ID, "m.jones", null, null);

    private AggregateTestFixture<Comment> fixture;

    @BeforeEach
    void setUp() {
        fixture = CommentFixtures.fixture();
    }

    @Test
    void aCommentIsNumberedInTheCmSeriesAndGetsAStage1Clock() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCommentCommand(ID, RECEIVED, Channel.MOBILE_APP, "CIC", " ", "More evening activities please",
                        null))
                .expectResultMessagePayload(new CaseRegistration(ID, "CM-2026-0001"))
                .expectEventsMatching(caseEvents(RECEIVED_EVENT))
                // back-dated: each clock's escalation is due at once
                .expectEventsMatching(reminderLadders(List.of(ReminderLevel.ESCALATED), List.of(ReminderLevel.ESCALATED)));
    }

    @Test
    void aCommentNeedsItsChannelServiceAreaAndSummary() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCommentCommand(ID, RECEIVED, null, "PARKS", null, null, null))
                .expectNoEvents()
                .expectExceptionMessage("These fields are missing or invalid: channel, summary, serviceArea.");
    }

    @Test
    void aCommentIsAcknowledgedOnceAndAnsweredOnceAfterItIsForwarded() {
        fixture.given(RECEIVED_EVENT)
                .when(new AcknowledgeCommentCommand(ID, LocalDate.of(2026, 4, 7)))
                .expectEvents(new CommentAcknowledgedEvent(ID, LocalDate.of(2026, 4, 7)));
        fixture.given(RECEIVED_EVENT, new CommentAcknowledgedEvent(ID, LocalDate.of(2026, 4, 7)))
                .when(new AcknowledgeCommentCommand(ID, LocalDate.of(2026, 4, 8)))
                .expectExceptionMessage("The comment was already acknowledged on 2026-04-07.");
        fixture.given(RECEIVED_EVENT)
                .when(new AllocateCommentCommand(ID, "m.jones", null, null))
                .expectEvents(ALLOCATED);
        fixture.given(RECEIVED_EVENT)
                .when(new RespondToCommentCommand(ID, LocalDate.of(2026, 4, 15), null))
                .expectExceptionMessage("A comment must be forwarded to a manager (allocated) before it is answered.");
        fixture.given(RECEIVED_EVENT, ALLOCATED)
                .when(new RespondToCommentCommand(ID, LocalDate.of(2026, 4, 15), null))
                .expectEvents(new CommentRespondedEvent(ID, LocalDate.of(2026, 4, 15), null, null));
        fixture.given(RECEIVED_EVENT, ALLOCATED, new CommentRespondedEvent(ID, LocalDate.of(2026, 4, 15), null, null))
                .when(new AllocateCommentCommand(ID, "a.khan", null, null))
                .expectExceptionMessage("The comment was already answered on 2026-04-15.");
    }

    @Test
    void aLateAnswerComesWithItsDelayReason() {
        fixture.given(RECEIVED_EVENT, ALLOCATED)
                .when(new RespondToCommentCommand(ID, LocalDate.of(2026, 4, 21), null))
                .expectNoEvents()
                .expectExceptionMessage("This response is late: the comment was due to be answered on 2026-04-20. Send "
                        + "the delay reason with the response.");
        fixture.given(RECEIVED_EVENT, ALLOCATED)
                .when(new RespondToCommentCommand(ID, LocalDate.of(2026, 4, 21), new DelayReason("STAFF_UNAVAILABLE_FOR_INTERVIEW", null)))
                .expectEvents(new CommentRespondedEvent(ID, LocalDate.of(2026, 4, 21), "STAFF_UNAVAILABLE_FOR_INTERVIEW", null));
    }

    @Test
    void aCommentRegisteredAgainUnderTheSameIdIsRegisteredOnce() {
        fixture.given(RECEIVED_EVENT)
                .when(new RegisterCommentCommand(ID, RECEIVED, Channel.MOBILE_APP, "CIC", " ", "More evening activities please",
                        null))
                .expectResultMessagePayload(new CaseRegistration(ID, "CM-2026-0001"))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }
}
