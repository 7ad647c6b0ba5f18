package org.childrenscomplaints.query.tracker;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.ComplaintAcknowledgedEvent;
import org.childrenscomplaints.api.complaint.ComplaintAllocatedEvent;
import org.childrenscomplaints.api.complaint.ComplaintReceivedEvent;
import org.childrenscomplaints.api.complaint.ComplaintRespondedEvent;
import org.childrenscomplaints.api.complaint.DelayReasonRecordedEvent;
import org.childrenscomplaints.api.complaint.ExtensionAgreedEvent;
import org.childrenscomplaints.api.complaint.Stage;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Keeps {@code tracker_clocks}: every clock still running on a case. Every write sets values or
 * removes documents, never adds to them, so replaying events from an earlier token (what a
 * processor does after a crash between writing and saving its token) leaves the same tracker.
 */
@Component
@ProcessingGroup("tracker")
public class TrackerProjection {

    private final MongoTemplate mongo;

    public TrackerProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ComplaintReceivedEvent event) {
        open(event, ClockType.ACKNOWLEDGEMENT, event.acknowledgementDueOn());
        open(event, ClockType.RESPONSE, event.stage1ResponseDueOn());
    }

    @EventHandler
    void on(ComplaintAcknowledgedEvent event) {
        mongo.remove(clock(event.complaintId(), Stage.STAGE_1, ClockType.ACKNOWLEDGEMENT), TrackerClockDocument.class);
        mongo.updateFirst(clock(event.complaintId(), Stage.STAGE_1, ClockType.RESPONSE),
                Update.update("dueDate", event.stage1ResponseDueOn()), TrackerClockDocument.class);
    }

    @EventHandler
    void on(ComplaintAllocatedEvent event) {
        mongo.updateMulti(clocksOf(event.complaintId(), event.stage()), Update.update("managerId", event.managerId()),
                TrackerClockDocument.class);
    }

    @EventHandler
    void on(ExtensionAgreedEvent event) {
        mongo.updateFirst(clock(event.complaintId(), event.stage(), ClockType.RESPONSE),
                Update.update("dueDate", event.newDueDate()).set("extended", true), TrackerClockDocument.class);
    }

    @EventHandler
    void on(DelayReasonRecordedEvent event) {
        mongo.updateMulti(clocksOf(event.complaintId(), event.stage()), Update.update("delayReasonRecorded", true),
                TrackerClockDocument.class);
    }

    @EventHandler
    void on(ComplaintRespondedEvent event) {
        // an answer also closes an acknowledgement never recorded
        mongo.remove(clocksOf(event.complaintId(), event.stage()), TrackerClockDocument.class);
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), TrackerClockDocument.class);
    }

    private void open(ComplaintReceivedEvent event, ClockType clock, LocalDate dueDate) {
        String caseId = event.complaintId().toString();
        mongo.save(new TrackerClockDocument(TrackerClockDocument.idOf(caseId, Stage.STAGE_1, clock), caseId,
                event.reference(), event.procedure(), Stage.STAGE_1, clock, event.serviceArea(), event.team(), null,
                dueDate, false, false));
    }

    private static Query clock(UUID caseId, Stage stage, ClockType clock) {
        return Query.query(Criteria.where("_id").is(TrackerClockDocument.idOf(caseId.toString(), stage, clock)));
    }

    private static Query clocksOf(UUID caseId, Stage stage) {
        return Query.query(Criteria.where("caseId").is(caseId.toString()).and("stage").is(stage));
    }
}
