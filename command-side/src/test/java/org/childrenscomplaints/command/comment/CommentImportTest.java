package org.childrenscomplaints.command.comment;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.childrenscomplaints.api.CaseRegistration;
import org.childrenscomplaints.api.comment.CommentAcknowledgedEvent;
import org.childrenscomplaints.api.comment.CommentAllocatedEvent;
import org.childrenscomplaints.api.comment.CommentReceivedEvent;
import org.childrenscomplaints.api.comment.CommentRespondedEvent;
import org.childrenscomplaints.api.comment.RegisterCommentCommand;
import org.childrenscomplaints.api.complaint.Channel;
import org.childrenscomplaints.api.imports.ImportCommentCommand;
import org.childrenscomplaints.api.web.FieldProblem;
import org.childrenscomplaints.api.web.Rejection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.childrenscomplaints.command.EventMatchers.caseEvents;

/** A comment from a spreadsheet keeps its reference; a late answer with no reason in the sheet says NOT_RECORDED. */
class CommentImportTest {

    private static final UUID ID = UUID.fromString("0d7f5b8e-3c1a-4f4e-9d8c-2a6b1e0f9c33");
    private static final LocalDate RECEIVED = LocalDate.of(2019, 7, 1);

    private AggregateTestFixture<Comment> fixture;

    @BeforeEach
    void setUp() {
        fixture = CommentFixtures.fixture();
    }

    @Test
    void aLateAnswerWithNoReasonInTheSpreadsheetIsRecordedAsNotRecorded() {
        LocalDate answeredLate = LocalDate.of(2019, 8, 30);

        fixture.givenNoPriorActivity()
                .when(row("CM-2019-0042", answeredLate))
                .expectResultMessagePayload(new CaseRegistration(ID, "CM-2019-0042"))
                .expectEventsMatching(caseEvents(
                        new CommentReceivedEvent(ID, "CM-2019-0042", RECEIVED, Channel.WEB_FORM, "EARLY_HELP", null,
                                "More evening sessions", null, LocalDate.of(2019, 7, 8), LocalDate.of(2019, 7, 15)),
                        new CommentAllocatedEvent(ID, "b.lee", null, null),
                        new CommentAcknowledgedEvent(ID, LocalDate.of(2019, 7, 2)),
                        new CommentRespondedEvent(ID, answeredLate, "NOT_RECORDED", null)));
    }

    @Test
    void aReferenceOfAnotherKindOfCaseIsRefusedInTheFilesWords() {
        fixture.givenNoPriorActivity()
                .when(row("ST-2019-0042", LocalDate.of(2019, 7, 10)))
                .expectNoEvents()
                .expectExceptionDetails(new Rejection(Rejection.Kind.INVALID, "These fields are missing or invalid: reference.",
                        List.of(new FieldProblem("reference", "must start with CM for a comment"))));
    }

    private static ImportCommentCommand row(String reference, LocalDate respondedOn) {
        return new ImportCommentCommand(ID, reference, new RegisterCommentCommand(ID, RECEIVED, Channel.WEB_FORM,
                "EARLY_HELP", null, "More evening sessions", null), LocalDate.of(2019, 7, 2), "b.lee", respondedOn, null);
    }
}
