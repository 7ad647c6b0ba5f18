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
import org.childrenscomplaints.query.BatchedDocuments;
import org.childrenscomplaints.query.ReadModelProjection;
import org.childrenscomplaints.query.ReadModelReset;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Keeps {@code tracker_clocks}: every clock still running on a case (a complaint or a comment). Every write sets values or
 * removes documents, never adds to them, so replaying events from an earlier token (what a
 * processor does after a crash between writing and saving its token) leaves the same tracker.
 * A case's documents are read and written through {@link BatchedDocuments}, once per batch of events.
 */
@Component
@ProcessingGroup("tracker")
public class TrackerProjection implements ReadModelProjection {

    private static final Predicate<TrackerClockDocument> EVERY = clock -> true;

    private final MongoTemplate mongo;
    private final BatchedDocuments documents;
    private final OpenClockRows rows;
    private final QueryUpdateEmitter liveTrackers;

    TrackerProjection(MongoTemplate mongo, BatchedDocuments documents, OpenClockRows rows,
                      QueryUpdateEmitter liveTrackers) {
        this.mongo = mongo;
        this.documents = documents;
        this.rows = rows;
        this.liveTrackers = liveTrackers;
    }

    /**
     * Once any handler below has applied an event, live trackers get all the case's clocks as they
     * now stand (the case is the aggregate that published the event); each keeps those its filters
     * select. Axon's emitter sends them once the batch is stored, in the order of the events.
     * Never during a replay, nor while no dashboard is watching (a read model built on a new store
     * goes through every event ever stored): nobody should watch years of history flash past.
     */
    @MessageHandlerInterceptor(messageType = EventMessage.class)
    Object updateLiveTrackers(DomainEventMessage<?> event, ReplayStatus replayStatus, InterceptorChain handlers)
            throws Exception {
        Object result = handlers.proceed();
        if (!replayStatus.isReplay() && !liveTrackers.activeSubscriptions().isEmpty()) {
            caseUpdate(event.getAggregateIdentifier()).ifPresent(update ->
                    liveTrackers.emit(FindOpenClocksQuery.class, everyTracker -> true, update));
        }
        return result;
    }

    @EventHandler
    void on(ComplaintReceivedEvent event) {
        TrackerCaseDocument trackedCase = new TrackerCaseDocument(event.complaintId().toString(), event.reference(),
                event.procedure(), event.serviceArea(), event.team());
        documents.save(trackedCase.id(), trackedCase);
        open(trackedCase, Stage.STAGE_1, ClockType.ACKNOWLEDGEMENT, event.acknowledgementDueOn());
        open(trackedCase, Stage.STAGE_1, ClockType.RESPONSE, event.stage1ResponseDueOn());
    }

    @EventHandler
    void on(ComplaintEscalatedEvent event) {
        if (event.firstClock() == null) {
            // with the Ombudsman: the council's clocks stop
            stop(event.complaintId(), EVERY);
            return;
        }
        TrackerCaseDocument trackedCase = documents.findById(event.complaintId().toString(), TrackerCaseDocument.class);
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
        stop(event.complaintId(), the(Stage.STAGE_1, ClockType.ACKNOWLEDGEMENT));
        change(event.complaintId(), the(Stage.STAGE_1, ClockType.RESPONSE),
                clock -> clock.dueOn(event.stage1ResponseDueOn(), clock.extended()));
    }

    @EventHandler
    void on(ComplaintAllocatedEvent event) {
        change(event.complaintId(), at(event.stage()), clock -> clock.allocatedTo(event.managerId()));
    }

    @EventHandler
    void on(ExtensionAgreedEvent event) {
        change(event.complaintId(), the(event.stage(), ClockType.RESPONSE), clock -> clock.dueOn(event.newDueDate(), true));
    }

    @EventHandler
    void on(DelayReasonRecordedEvent event) {
        change(event.complaintId(), at(event.stage()), TrackerClockDocument::withDelayReasonRecorded);
    }

    @EventHandler
    void on(ComplaintRespondedEvent event) {
        // an answer also closes an acknowledgement never recorded
        stop(event.complaintId(), at(event.stage()));
    }

    @EventHandler
    void on(ComplaintWithdrawnEvent event) {
        stop(event.complaintId(), EVERY);
    }

    @EventHandler
    void on(ComplaintDeclinedEvent event) {
        stop(event.complaintId(), EVERY);
    }

    @EventHandler
    void on(ComplaintReclassifiedEvent event) {
        String caseId = event.complaintId().toString();
        TrackerCaseDocument trackedCase = documents.findById(caseId, TrackerCaseDocument.class);
        if (trackedCase != null) {
            documents.save(caseId, trackedCase.under(event.to()));
        }
        change(event.complaintId(), EVERY, clock -> clock.under(event.to()));
        if (event.acknowledgementDueOn() != null) {
            change(event.complaintId(), the(Stage.STAGE_1, ClockType.ACKNOWLEDGEMENT),
                    clock -> clock.dueOn(event.acknowledgementDueOn(), clock.extended()));
        }
        change(event.complaintId(), the(Stage.STAGE_1, ClockType.RESPONSE),
                clock -> clock.dueOn(event.stage1ResponseDueOn(), clock.extended()));
    }

    /** A comment's clocks count as a Stage 1's; it has no procedure. */
    @EventHandler
    void on(CommentReceivedEvent event) {
        TrackerCaseDocument trackedCase = new TrackerCaseDocument(event.commentId().toString(), event.reference(), null,
                event.serviceArea(), event.team());
        documents.save(trackedCase.id(), trackedCase);
        open(trackedCase, Stage.STAGE_1, ClockType.ACKNOWLEDGEMENT, event.acknowledgementDueOn());
        open(trackedCase, Stage.STAGE_1, ClockType.RESPONSE, event.responseDueOn());
    }

    @EventHandler
    void on(CommentAcknowledgedEvent event) {
        stop(event.commentId(), the(Stage.STAGE_1, ClockType.ACKNOWLEDGEMENT));
    }

    @EventHandler
    void on(CommentAllocatedEvent event) {
        change(event.commentId(), at(Stage.STAGE_1), clock -> clock.allocatedTo(event.managerId()));
    }

    @EventHandler
    void on(CommentRespondedEvent event) {
        stop(event.commentId(), EVERY);
    }

    @ResetHandler
    void reset() {
        ReadModelReset.empty(mongo, TrackerClockDocument.class, TrackerCaseDocument.class);
    }

    private Optional<TrackerCaseUpdate> caseUpdate(String caseId) {
        return Optional.ofNullable(documents.findById(caseId, TrackerCaseDocument.class)).map(trackedCase -> {
            List<TrackerClockDocument> clocks = new ArrayList<>(openClocks(caseId));
            clocks.sort(TrackerClockDocument.MOST_URGENT_FIRST_IN_MEMORY);
            return new TrackerCaseUpdate(UUID.fromString(caseId), trackedCase.reference(), rows.asOf(rows.today(), clocks));
        });
    }

    private void open(TrackerCaseDocument trackedCase, Stage stage, ClockType clock, LocalDate dueDate) {
        String id = TrackerClockDocument.idOf(trackedCase.id(), stage, clock);
        documents.save(id, new TrackerClockDocument(id, trackedCase.id(), trackedCase.reference(),
                trackedCase.procedure(), stage, clock, trackedCase.serviceArea(), trackedCase.team(), null, dueDate,
                false, false));
    }

    private void change(UUID caseId, Predicate<TrackerClockDocument> which, UnaryOperator<TrackerClockDocument> change) {
        openClocks(caseId.toString()).stream().filter(which).forEach(clock -> documents.save(clock.id(), change.apply(clock)));
    }

    private void stop(UUID caseId, Predicate<TrackerClockDocument> which) {
        openClocks(caseId.toString()).stream().filter(which)
                .forEach(clock -> documents.remove(clock.id(), TrackerClockDocument.class));
    }

    /** Stage 3's clock moves on (panel, report, response), keeping who has the stage and its delay reason. */
    private void moveOn(UUID caseId, ClockType from, ClockType to, LocalDate dueDate) {
        TrackerClockDocument previous = documents.findById(
                TrackerClockDocument.idOf(caseId.toString(), Stage.STAGE_3, from), TrackerClockDocument.class);
        if (previous == null) {
            return;
        }
        TrackerClockDocument next = previous.movedOn(TrackerClockDocument.idOf(caseId.toString(), Stage.STAGE_3, to),
                to, dueDate);
        documents.save(next.id(), next);
        documents.remove(previous.id(), TrackerClockDocument.class);
    }

    private static Predicate<TrackerClockDocument> at(Stage stage) {
        return clock -> clock.stage() == stage;
    }

    private static Predicate<TrackerClockDocument> the(Stage stage, ClockType type) {
        return clock -> clock.stage() == stage && clock.clock() == type;
    }

    /**
     * A case's open clocks, read by the ids they can have, with those of every case of the batch
     * the first time: the embedded MongoDB uses only unique indexes, {@code _id}'s among them, and
     * scanned every open clock of the council for each event when they were looked for by case,
     * which made a rebuild slower the more cases were open (docs/benchmarks.md).
     */
    private List<TrackerClockDocument> openClocks(String caseId) {
        return documents.findAllOfCase(caseId, TrackerClockDocument.class, TrackerProjection::clockIdsOf);
    }

    private static List<String> clockIdsOf(String caseId) {
        return Arrays.stream(Stage.values()).flatMap(stage -> Arrays.stream(ClockType.values())
                .map(clock -> TrackerClockDocument.idOf(caseId, stage, clock))).toList();
    }
}
