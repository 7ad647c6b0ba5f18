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
import org.childrenscomplaints.query.BatchedDocuments;
import org.childrenscomplaints.query.notification.NotifiedCase.Allocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.childrenscomplaints.api.Text.blankToNull;

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

    private final BatchedDocuments cases;
    private final Outbox outbox;
    private final EscalationChain chain;
    private final NotificationStart start;
    private final Clock clock;

    public ReminderNotifier(BatchedDocuments cases, Outbox outbox, EscalationChain chain, NotificationStart start,
                            Clock clock) {
        this.cases = cases;
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
        NotifiedCase notified = cases.findById(event.complaintId().toString(), NotifiedCase.class);
        if (notified != null) {
            cases.save(notified.id(), notified.under(event.to()));
        }
    }

    @EventHandler
    void on(ReminderFiredEvent event, @MessageIdentifier String eventId, @Timestamp Instant firedAt) {
        if (firedAt.isBefore(start.since())) {
            return;
        }
        NotifiedCase notified = cases.findById(event.caseId().toString(), NotifiedCase.class);
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

    /**
     * The case as it arrived, with no allocations: should this event come again (a replay), every
     * later event of the case comes again after it and allocates its stages again.
     */
    private void received(UUID caseId, String reference, Procedure procedure, String team) {
        String id = caseId.toString();
        cases.save(id, new NotifiedCase(id, reference, procedure, blankToNull(team), Map.of()));
    }

    private void allocated(UUID caseId, Stage stage, String managerId, String team) {
        NotifiedCase notified = cases.findById(caseId.toString(), NotifiedCase.class);
        if (notified != null) {
            cases.save(notified.id(), notified.allocated(stage, new Allocation(managerId, blankToNull(team))));
        }
    }
}
