package org.childrenscomplaints.query.tracker;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.interceptors.MessageHandlerInterceptor;
import org.axonframework.queryhandling.QueryUpdateEmitter;
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
import org.childrenscomplaints.api.tracker.FindOpenClocksQuery;
import org.childrenscomplaints.api.tracker.TrackerCaseUpdate;
import org.childrenscomplaints.query.ReadModelProjection;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
    private final OpenClockRows rows;
    private final QueryUpdateEmitter liveTrackers;

    TrackerProjection(MongoTemplate mongo, OpenClockRows rows, QueryUpdateEmitter liveTrackers) {
        this.mongo = mongo;
        this.rows = rows;
        this.liveTrackers = liveTrackers;
    }

    /**
     * Once any handler below has applied an event, live trackers get all the case's clocks as they
     * now stand (the case is the aggregate that published the event); each keeps those its filters
     * select. Never during a replay: a rebuild goes through every event ever stored, and dashboards
     * would watch years of history flash past.
     */
    @MessageHandlerInterceptor(messageType = EventMessage.class)
    Object updateLiveTrackers(DomainEventMessage<?> event, ReplayStatus replayStatus, InterceptorChain handlers)
            throws Exception {
        Object result = handlers.proceed();
        if (!replayStatus.isReplay()) {
            caseUpdate(event.getAggregateIdentifier()).ifPresent(update ->
                    liveTrackers.emit(FindOpenClocksQuery.class, everyTracker -> true, update));
        }
        return result;
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
        mongo.updateMulti(clocksOf(caseId), Update.update("procedure", event.to()), TrackerClockDocument.class);
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

    private Optional<TrackerCaseUpdate> caseUpdate(String caseId) {
        return Optional.ofNullable(mongo.findById(caseId, TrackerCaseDocument.class)).map(trackedCase -> {
            Query clocks = clocksOf(caseId).with(TrackerClockDocument.MOST_URGENT_FIRST);
            return new TrackerCaseUpdate(UUID.fromString(caseId), trackedCase.reference(),
                    rows.asOf(rows.today(), mongo.find(clocks, TrackerClockDocument.class)));
        });
    }

    private void open(TrackerCaseDocument trackedCase, Stage stage, ClockType clock, LocalDate dueDate) {
        mongo.save(new TrackerClockDocument(TrackerClockDocument.idOf(trackedCase.id(), stage, clock), trackedCase.id(),
                trackedCase.reference(), trackedCase.procedure(), stage, clock, trackedCase.serviceArea(),
                trackedCase.team(), null, dueDate, false, false));
    }

    private void stopAllClocks(UUID caseId) {
        mongo.remove(clocksOf(caseId.toString()), TrackerClockDocument.class);
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

    /**
     * A case's clocks found by the ids they can have, not by their case: the embedded MongoDB uses
     * only unique indexes, {@code _id}'s among them, and scanned every open clock of the council for
     * each event otherwise, which made a rebuild slower the more cases were open (docs/benchmarks.md).
     */
    private static Query clocksOf(String caseId) {
        return clocksOf(caseId, Stage.values());
    }

    private static Query clocksOf(UUID caseId, Stage stage) {
        return clocksOf(caseId.toString(), stage);
    }

    private static Query clocksOf(String caseId, Stage... stages) {
        List<String> ids = Arrays.stream(stages).flatMap(stage -> Arrays.stream(ClockType.values())
                .map(clock -> TrackerClockDocument.idOf(caseId, stage, clock))).toList();
        return Query.query(Criteria.where("_id").in(ids));
    }
}
