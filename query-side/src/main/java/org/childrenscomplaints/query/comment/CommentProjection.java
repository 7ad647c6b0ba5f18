package org.childrenscomplaints.query.comment;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.childrenscomplaints.api.comment.CommentAcknowledgedEvent;
import org.childrenscomplaints.api.comment.CommentAllocatedEvent;
import org.childrenscomplaints.api.comment.CommentReceivedEvent;
import org.childrenscomplaints.api.comment.CommentRespondedEvent;
import org.childrenscomplaints.api.comment.CommentView;
import org.childrenscomplaints.query.ReadModelProjection;
import org.childrenscomplaints.query.ReadModelReset;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** Keeps {@code comments}. Every change sets values, so an event delivered again changes nothing. */
@Component
@ProcessingGroup("comments")
public class CommentProjection implements ReadModelProjection {

    private final MongoTemplate mongo;

    public CommentProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(CommentReceivedEvent event) {
        String id = event.commentId().toString();
        if (mongo.findById(id, CommentDocument.class) == null) {
            mongo.insert(new CommentDocument(id, event.reference(), new CommentView(event.commentId(), event.reference(),
                    event.receivedOn(), event.channel(),
                    event.complainant() == null ? null : event.complainant().relationship(), event.serviceArea(),
                    event.team(), event.acknowledgementDueOn(), null, null, event.responseDueOn(), null, null)));
        }
    }

    @EventHandler
    void on(CommentAcknowledgedEvent event) {
        set(event.commentId(), Update.update("view.acknowledgedOn", event.acknowledgedOn()));
    }

    @EventHandler
    void on(CommentAllocatedEvent event) {
        set(event.commentId(), Update.update("view.managerId", event.managerId()));
    }

    @EventHandler
    void on(CommentRespondedEvent event) {
        set(event.commentId(), Update.update("view.respondedOn", event.respondedOn()).set("view.delayReason",
                event.delayReason()));
    }

    @ResetHandler
    void reset() {
        ReadModelReset.empty(mongo, CommentDocument.class);
    }

    private void set(UUID commentId, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(commentId.toString())), update, CommentDocument.class);
    }
}
