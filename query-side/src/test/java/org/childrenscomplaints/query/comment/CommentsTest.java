package org.childrenscomplaints.query.comment;

import org.childrenscomplaints.api.comment.CommentAcknowledgedEvent;
import org.childrenscomplaints.api.comment.CommentAllocatedEvent;
import org.childrenscomplaints.api.comment.CommentReceivedEvent;
import org.childrenscomplaints.api.comment.CommentRespondedEvent;
import org.childrenscomplaints.api.comment.CommentView;
import org.childrenscomplaints.api.comment.FindCommentQuery;
import org.childrenscomplaints.api.complaint.Channel;
import org.childrenscomplaints.api.complaint.Complainant;
import org.childrenscomplaints.api.complaint.ComplainantRelationship;
import org.childrenscomplaints.query.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CommentsTest {

    private static final UUID ID = UUID.fromString("2b3c4d5e-6f70-4a8b-9cad-1e2f3a4b5c6d");

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final CommentProjection projection = new CommentProjection(mongo.template());
    private final CommentQueryHandler queries = new CommentQueryHandler(mongo.template());

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void aCommentIsFollowedToItsAnswerWithoutTheCommentersDetailsAndEachEventCountsOnce() {
        CommentReceivedEvent received = new CommentReceivedEvent(ID, "CM-2026-0001", LocalDate.of(2026, 4, 2),
                Channel.MOBILE_APP, "CIC", "CIC 1", "More evening activities please",
                new Complainant(ComplainantRelationship.CHILD_OR_YOUNG_PERSON, "Sam", null, null, null),
                LocalDate.of(2026, 4, 13), LocalDate.of(2026, 4, 20));
        projection.on(received);
        projection.on(new CommentAcknowledgedEvent(ID, LocalDate.of(2026, 4, 7)));
        projection.on(new CommentAllocatedEvent(ID, "m.jones", null, null));
        projection.on(new CommentRespondedEvent(ID, LocalDate.of(2026, 4, 21), "LEGAL_ISSUE", null));
        projection.on(received);

        CommentView view = queries.handle(new FindCommentQuery("cm-2026-0001")).orElseThrow();

        assertThat(view).isEqualTo(new CommentView(ID, "CM-2026-0001", LocalDate.of(2026, 4, 2), Channel.MOBILE_APP,
                ComplainantRelationship.CHILD_OR_YOUNG_PERSON, "CIC", "CIC 1", LocalDate.of(2026, 4, 13),
                LocalDate.of(2026, 4, 7), "m.jones", LocalDate.of(2026, 4, 20), LocalDate.of(2026, 4, 21), "LEGAL_ISSUE"));
        assertThat(queries.handle(new FindCommentQuery(ID.toString().toUpperCase()))).contains(view);
        assertThat(mongo.template().getCollection("comments").find().first().toJson()).doesNotContain("Sam");
    }
}
