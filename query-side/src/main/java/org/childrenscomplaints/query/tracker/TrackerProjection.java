package org.childrenscomplaints.query.tracker;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.childrenscomplaints.api.comment.CommentAcknowledgedEvent;
import org.childrenscomplaints.api.comment.CommentAllocatedEvent;
import org.childrenscomplaints.api.comment.CommentReceivedEvent;
import org.childrenscomplaints.api.comment.CommentRespondedEvent;
import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.ComplaintAcknowledgedEvent;
import org.childrenscomplaints.api.complaint.ComplaintAllocatedEvent;
import org.childrenscomplaints.api.complaint.ComplaintDeclinedEvent;
import org.childrenscomplaints.api.complaint.ComplaintEscalatedEvent;
import org.childrenscomplaints.api.complaint.ComplaintReceivedEvent;
import org.childrenscomplaints.api.complaint.ComplaintReclassifiedEvent;
import org.childrenscomplaints.api.complaint.ComplaintRespondedEvent;
import org.childrenscomplaints.api.complaint.ComplaintWithdrawnEvent;
import org.childrenscomplaints.api.complaint.DelayReasonRecordedEvent;
import org.childrenscomplaints.api.complaint.ExtensionAgreedEvent;
import org.childrenscomplaints.api.complaint.PanelReportReceivedEvent;
import org.childrenscomplaints.api.complaint.ReviewPanelHeldEvent;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.query.ReadModelProjection;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Keeps {@code tracker_clocks}: every clock still running on a case (a complaint or a comment). Every write sets values or
 * removes documents, never adds to them, so replaying events from an earlier token (what a
 * processor does after a crash between writing and saving its token) leaves the same tracker.
 */
@Component
@ProcessingGroup("tracker")
public class TrackerProjection implements ReadModelProjection {

    private final MongoTemplate mongo;

    public TrackerProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ComplaintReceivedEvent event) {
        TrackerCaseDocument trackedCase = new TrackerCaseDocument(event.complaintId().toString(), event.reference(),
                event.procedure(), event.serviceArea(), event.team());
        mongo.save(trackedCase);
        open(trackedCase, Stage.STAGE_1, ClockType.ACKNOWLEDGEMENT, event.acknowledgementDueOn());
        open(trackedCase, Stage.STAGE_1, ClockType.RESPONSE, event.stage1ResponseDueOn());
    }

    @EventHandler
    void on(ComplaintEscalatedEvent event) {
        if (event.firstClock() == null) {
            // with the Ombudsman: the council's clocks stop
            stopAllClocks(event.complaintId());
            return;
        }
        TrackerCaseDocument trackedCase = mongo.findById(event.complaintId().toString(), TrackerCaseDocument.class);
        if (trackedCase != null) {
            open(trackedCase, event.toStage(), event.firstClock(), event.firstClockDueOn());
        }
    }

    @EventHandler
    void on(ReviewPanelHeldEvent event) {
        moveOn(event.complaintId(), ClockType.PANEL, ClockType.PANEL_REPORT, event.reportDueOn());
    }

    @EventHandler
    void on(PanelReportReceivedEvent event) {
        moveOn(event.complaintId(), ClockType.PANEL_REPORT, ClockType.RESPONSE, event.responseDueOn());
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

    @EventHandler
    void on(ComplaintWithdrawnEvent event) {
        stopAllClocks(event.complaintId());
    }

    @EventHandler
    void on(ComplaintDeclinedEvent event) {
        stopAllClocks(event.complaintId());
    }

    @EventHandler
    void on(ComplaintReclassifiedEvent event) {
        String caseId = event.complaintId().toString();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(caseId)), Update.update("procedure", event.to()),
                TrackerCaseDocument.class);
        mongo.updateMulti(Query.query(Criteria.where("caseId").is(caseId)), Update.update("procedure", event.to()),
                TrackerClockDocument.class);
        if (event.acknowledgementDueOn() != null) {
            mongo.updateFirst(clock(event.complaintId(), Stage.STAGE_1, ClockType.ACKNOWLEDGEMENT),
                    Update.update("dueDate", event.acknowledgementDueOn()), TrackerClockDocument.class);
        }
        mongo.updateFirst(clock(event.complaintId(), Stage.STAGE_1, ClockType.RESPONSE),
                Update.update("dueDate", event.stage1ResponseDueOn()), TrackerClockDocument.class);
    }

    /** A comment's clocks count as a Stage 1's; it has no procedure. */
    @EventHandler
    void on(CommentReceivedEvent event) {
        TrackerCaseDocument trackedCase = new TrackerCaseDocument(event.commentId().toString(), event.reference(), null,
                event.serviceArea(), event.team());
        mongo.save(trackedCase);
        open(trackedCase, Stage.STAGE_1, ClockType.ACKNOWLEDGEMENT, event.acknowledgementDueOn());
        open(trackedCase, Stage.STAGE_1, ClockType.RESPONSE, event.responseDueOn());
    }

    @EventHandler
    void on(CommentAcknowledgedEvent event) {
        mongo.remove(clock(event.commentId(), Stage.STAGE_1, ClockType.ACKNOWLEDGEMENT), TrackerClockDocument.class);
    }

    @EventHandler
    void on(CommentAllocatedEvent event) {
        mongo.updateMulti(clocksOf(event.commentId(), Stage.STAGE_1), Update.update("managerId", event.managerId()),
                TrackerClockDocument.class);
    }

    @EventHandler
    void on(CommentRespondedEvent event) {
        stopAllClocks(event.commentId());
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), TrackerClockDocument.class);
        mongo.remove(new Query(), TrackerCaseDocument.class);
    }

    private void open(TrackerCaseDocument trackedCase, Stage stage, ClockType clock, LocalDate dueDate) {
        mongo.save(new TrackerClockDocument(TrackerClockDocument.idOf(trackedCase.id(), stage, clock), trackedCase.id(),
                trackedCase.reference(), trackedCase.procedure(), stage, clock, trackedCase.serviceArea(),
                trackedCase.team(), null, dueDate, false, false));
    }

    private void stopAllClocks(UUID caseId) {
        mongo.remove(Query.query(Criteria.where("caseId").is(caseId.toString())), TrackerClockDocument.class);
    }

    /** Stage 3's clock moves on (panel, report, response), keeping who has the stage and its delay reason. */
    private void moveOn(UUID caseId, ClockType from, ClockType to, LocalDate dueDate) {
        TrackerClockDocument previous = mongo.findById(
                TrackerClockDocument.idOf(caseId.toString(), Stage.STAGE_3, from), TrackerClockDocument.class);
        if (previous == null) {
            return;
        }
        mongo.save(new TrackerClockDocument(TrackerClockDocument.idOf(caseId.toString(), Stage.STAGE_3, to),
                previous.caseId(), previous.reference(), previous.procedure(), Stage.STAGE_3, to, previous.serviceArea(),
                previous.team(), previous.managerId(), dueDate, false, previous.delayReasonRecorded()));
        mongo.remove(previous);
    }

    private static Query clock(UUID caseId, Stage stage, ClockType clock) {
        return Query.query(Criteria.where("_id").is(TrackerClockDocument.idOf(caseId.toString(), stage, clock)));
    }

    private static Query clocksOf(UUID caseId, Stage stage) {
        return Query.query(Criteria.where("caseId").is(caseId.toString()).and("stage").is(stage));
    }
}
