package org.childrenscomplaints.query.notification;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.childrenscomplaints.api.comment.CommentAllocatedEvent;
import org.childrenscomplaints.api.comment.CommentReceivedEvent;
import org.childrenscomplaints.api.complaint.ComplaintAllocatedEvent;
import org.childrenscomplaints.api.complaint.ComplaintReceivedEvent;
import org.childrenscomplaints.api.complaint.ComplaintReclassifiedEvent;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.ReminderFiredEvent;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.query.notification.NotifiedCase.Allocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import static org.childrenscomplaints.api.Text.blankToNull;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Turns each reminder that fires into one outbox entry per person to tell (the dispatcher sends
 * them). Deliberately not a {@code ReadModelProjection}: a rebuild of the read models never resets
 * it. Should its position be reset or lost all the same, the entries it writes again have the ids
 * they had (event and person), so nothing is added, and reminders fired before notifications began
 * on this store are passed over ({@link NotificationStart}). One segment: one instance writes.
 */
@Component
@ProcessingGroup(ReminderNotifier.PROCESSING_GROUP)
public class ReminderNotifier {

    public static final String PROCESSING_GROUP = "notifications";

    private static final Logger LOG = LoggerFactory.getLogger(ReminderNotifier.class);

    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final EscalationChain chain;
    private final NotificationStart start;
    private final Clock clock;

    public ReminderNotifier(MongoTemplate mongo, Outbox outbox, EscalationChain chain, NotificationStart start,
                            Clock clock) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.chain = chain;
        this.start = start;
        this.clock = clock;
    }

    @EventHandler
    void on(ComplaintReceivedEvent event) {
        received(event.complaintId(), event.reference(), event.procedure(), event.team());
    }

    @EventHandler
    void on(CommentReceivedEvent event) {
        received(event.commentId(), event.reference(), null, event.team());
    }

    @EventHandler
    void on(ComplaintAllocatedEvent event) {
        allocated(event.complaintId(), event.stage(), event.managerId(), event.team());
    }

    @EventHandler
    void on(CommentAllocatedEvent event) {
        allocated(event.commentId(), Stage.STAGE_1, event.managerId(), event.team());
    }

    @EventHandler
    void on(ComplaintReclassifiedEvent event) {
        mongo.updateFirst(query(where("_id").is(event.complaintId().toString())), Update.update("procedure", event.to()),
                NotifiedCase.class);
    }

    @EventHandler
    void on(ReminderFiredEvent event, @MessageIdentifier String eventId, @Timestamp Instant firedAt) {
        if (firedAt.isBefore(start.since())) {
            return;
        }
        NotifiedCase notified = mongo.findById(event.caseId().toString(), NotifiedCase.class);
        if (notified == null) {
            // cannot happen while a case's events arrive in order; said loudly rather than mailed wrongly
            LOG.error("Reminder {} for case {} not sent: the notifier never saw the case registered", eventId,
                    event.caseId());
            return;
        }
        Allocation allocation = notified.allocationOf(event.stage());
        String team = allocation != null && allocation.team() != null ? allocation.team() : notified.team();
        ReminderNotice notice = new ReminderNotice(event.caseId(), notified.reference(), notified.procedure(),
                event.stage(), event.clock(), event.level(), event.dueDate(), firedAt);
        for (Addressee addressee : chain.addressees(event.level(), allocation == null ? null : allocation.managerId(), team)) {
            if (outbox.add(Delivery.reminder(eventId, addressee, notice, clock.instant())) && !addressee.addressed()) {
                LOG.warn("{} reminder for {} ({} {}) has nobody to go to: {}", event.level(), notified.reference(),
                        event.stage(), event.clock(), addressee.unaddressed());
            }
        }
    }

    private void received(UUID caseId, String reference, Procedure procedure, String team) {
        // set, never added to: the same event handled again changes nothing
        mongo.upsert(query(where("_id").is(caseId.toString())), Update.update("reference", reference)
                .set("procedure", procedure).set("team", blankToNull(team)), NotifiedCase.class);
    }

    private void allocated(UUID caseId, Stage stage, String managerId, String team) {
        mongo.updateFirst(query(where("_id").is(caseId.toString())), Update.update("allocations." + stage.name(),
                new Allocation(managerId, blankToNull(team))), NotifiedCase.class);
    }
}
