package org.childrenscomplaints.query.tracker;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.bson.Document;
import org.childrenscomplaints.api.calendar.WorkingDayCalendar;
import org.childrenscomplaints.api.comment.CommentAcknowledgedEvent;
import org.childrenscomplaints.api.comment.CommentAllocatedEvent;
import org.childrenscomplaints.api.comment.CommentReceivedEvent;
import org.childrenscomplaints.api.comment.CommentRespondedEvent;
import org.childrenscomplaints.api.complaint.Channel;
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
import org.childrenscomplaints.api.complaint.Outcome;
import org.childrenscomplaints.api.complaint.PanelReportReceivedEvent;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.ReviewPanelHeldEvent;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.api.tracker.FindOpenClocksQuery;
import org.childrenscomplaints.api.tracker.OpenClock;
import org.childrenscomplaints.api.tracker.OpenClocksPage;
import org.childrenscomplaints.api.tracker.TrackerCaseUpdate;
import org.childrenscomplaints.query.ProcessorBatches;
import org.childrenscomplaints.query.ProjectionRun;
import org.childrenscomplaints.query.TestEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The tracker kept a batch of events at a time: the same clocks as one event at a time, and live updates sent once stored. */
class TrackerInBatchesTest {

    private static final LocalDate THURSDAY = LocalDate.of(2026, 4, 9);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final ComplaintReceivedEvent answered = TestEvents.received("ST-2026-0001", Procedure.STATUTORY, "CIC",
            "Team A", LocalDate.of(2026, 4, 8), LocalDate.of(2026, 4, 20));
    private final ComplaintReceivedEvent atStage3 = TestEvents.received("ST-2026-0002", Procedure.STATUTORY, "CIC",
            "Team A", THURSDAY, LocalDate.of(2026, 4, 24));
    private final ComplaintReceivedEvent reclassified = TestEvents.received("CO-2026-0001", Procedure.CORPORATE, "ASS",
            "Team B", THURSDAY, LocalDate.of(2026, 4, 24));

    private final ComplaintReceivedEvent withdrawn = TestEvents.received("SE-2026-0001", Procedure.SEND, "ASS", "Team B",
            THURSDAY, LocalDate.of(2026, 4, 24));
    private final ComplaintReceivedEvent declined = TestEvents.received("CO-2026-0002", Procedure.CORPORATE, "ASS",
            "Team B", THURSDAY, LocalDate.of(2026, 4, 24));
    private final ComplaintReceivedEvent toOmbudsman = TestEvents.received("CO-2026-0003", Procedure.CORPORATE, "CIC",
            "Team A", THURSDAY, LocalDate.of(2026, 4, 24));
    private final UUID comment = UUID.nameUUIDFromBytes("CM-2026-0001".getBytes());
    private final UUID answeredComment = UUID.nameUUIDFromBytes("CM-2026-0002".getBytes());

    private final List<EventMessage<?>> events = List.of(
            event(answered, 0, answered),
            event(atStage3, 0, atStage3),
            event(answered, 1, new ComplaintAcknowledgedEvent(answered.complaintId(), THURSDAY, LocalDate.of(2026, 4, 21))),
            event(answered, 2, new ComplaintAllocatedEvent(answered.complaintId(), Stage.STAGE_1, "m.jones", null, "Team A",
                    null)),
            event(answered, 3, new ExtensionAgreedEvent(answered.complaintId(), Stage.STAGE_1, THURSDAY,
                    LocalDate.of(2026, 5, 5), null)),
            event(reclassified, 0, reclassified),
            event(answered, 4, new DelayReasonRecordedEvent(answered.complaintId(), Stage.STAGE_1, "CAPACITY", null)),
            event(atStage3, 1, new ComplaintRespondedEvent(atStage3.complaintId(), Stage.STAGE_1, THURSDAY, Outcome.NOT_UPHELD,
                    null)),
            event(atStage3, 2, new ComplaintEscalatedEvent(atStage3.complaintId(), Stage.STAGE_3, THURSDAY, null, null,
                    ClockType.PANEL, LocalDate.of(2026, 5, 28))),
            event(reclassified, 1, new ComplaintReclassifiedEvent(reclassified.complaintId(), Procedure.CORPORATE,
                    Procedure.STATUTORY, null, null, LocalDate.of(2026, 4, 14), LocalDate.of(2026, 4, 27))),
            event(atStage3, 3, new ComplaintAllocatedEvent(atStage3.complaintId(), Stage.STAGE_3, "a.khan", null, "Team A",
                    null)),
            event(atStage3, 4, new ReviewPanelHeldEvent(atStage3.complaintId(), LocalDate.of(2026, 5, 20),
                    LocalDate.of(2026, 6, 3))),
            event(answered, 5, new ComplaintRespondedEvent(answered.complaintId(), Stage.STAGE_1, LocalDate.of(2026, 5, 1),
                    Outcome.UPHELD, null)),
            event(withdrawn, 0, withdrawn),
            event(declined, 0, declined),
            event(toOmbudsman, 0, toOmbudsman),
            commentEvent(comment, 0, commentReceived(comment, "CM-2026-0001")),
            commentEvent(answeredComment, 0, commentReceived(answeredComment, "CM-2026-0002")),
            event(atStage3, 5, new PanelReportReceivedEvent(atStage3.complaintId(), LocalDate.of(2026, 6, 2),
                    LocalDate.of(2026, 6, 16))),
            event(withdrawn, 1, new ComplaintWithdrawnEvent(withdrawn.complaintId(), Stage.STAGE_1, THURSDAY, null)),
            commentEvent(comment, 1, new CommentAcknowledgedEvent(comment, THURSDAY)),
            event(declined, 1, new ComplaintDeclinedEvent(declined.complaintId(), Stage.STAGE_1, THURSDAY, null)),
            commentEvent(comment, 2, new CommentAllocatedEvent(comment, "m.jones", null, "Team A")),
            event(toOmbudsman, 1, new ComplaintRespondedEvent(toOmbudsman.complaintId(), Stage.STAGE_1, THURSDAY,
                    Outcome.NOT_UPHELD, null)),
            event(toOmbudsman, 2, new ComplaintEscalatedEvent(toOmbudsman.complaintId(), Stage.STAGE_2, THURSDAY, null, null,
                    ClockType.RESPONSE, LocalDate.of(2026, 5, 7))),
            commentEvent(answeredComment, 1, new CommentRespondedEvent(answeredComment, THURSDAY, null, null)),
            event(toOmbudsman, 3, new ComplaintEscalatedEvent(toOmbudsman.complaintId(), Stage.OMBUDSMAN, THURSDAY, null,
                    "LGO-1", null, null)));

    private final Run batched = new Run();
    private final Run oneByOne = new Run();

    @AfterEach
    void stop() {
        batched.run.close();
        oneByOne.run.close();
    }

    @Test
    void batchesOfAnySizeLeaveTheClocksOneEventAtATimeLeaves() {
        events.forEach(oneByOne::handle);
        for (int size : List.of(1, 2, 5, events.size())) {
            Run run = new Run();
            IntStream.iterate(0, from -> from < events.size(), from -> from + size)
                    .forEach(from -> run.process(events.subList(from, Math.min(from + size, events.size()))));
            assertThat(run.stored()).as("clocks in batches of %d", size).isEqualTo(oneByOne.stored());
            assertThat(run.cases()).as("cases in batches of %d", size).isEqualTo(oneByOne.cases());
            run.run.close();
        }
        assertThat(oneByOne.stored()).extracting(document -> document.getString("_id")).containsExactlyInAnyOrder(
                atStage3.complaintId() + "/STAGE_3/RESPONSE",
                reclassified.complaintId() + "/STAGE_1/ACKNOWLEDGEMENT",
                reclassified.complaintId() + "/STAGE_1/RESPONSE",
                comment + "/STAGE_1/RESPONSE");
    }

    @Test
    void liveTrackersHearOfABatchsCasesOnceItIsStoredWithTheClocksAsEachEventLeftThem() {
        List<Long> storedWhenSent = new CopyOnWriteArrayList<>();
        List<TrackerCaseUpdate> sent = new CopyOnWriteArrayList<>();
        batched.emitter.<TrackerCaseUpdate>registerUpdateHandler(new GenericSubscriptionQueryMessage<>(
                        new FindOpenClocksQuery(null, null, null, null, null, null, null),
                        ResponseTypes.instanceOf(OpenClocksPage.class), ResponseTypes.instanceOf(TrackerCaseUpdate.class)), 16)
                .getUpdates().map(Message::getPayload).subscribe(update -> {
                    storedWhenSent.add(batched.run.mongo.template().getCollection("tracker_clocks").countDocuments());
                    sent.add(update);
                });

        batched.process(events.subList(0, 3));

        assertThat(storedWhenSent).containsOnly(3L);
        assertThat(sent).extracting(TrackerCaseUpdate::reference)
                .containsExactly("ST-2026-0001", "ST-2026-0002", "ST-2026-0001");
        assertThat(sent.get(0).clocks()).extracting(OpenClock::clock)
                .containsExactly(ClockType.ACKNOWLEDGEMENT, ClockType.RESPONSE);
        assertThat(sent.get(2).clocks()).extracting(OpenClock::clock).containsExactly(ClockType.RESPONSE);
    }

    /** The app's tracker projection and its own embedded MongoDB. */
    private static final class Run {
        final SimpleQueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
        final ProjectionRun run = new ProjectionRun(on -> new TrackerProjection(on.mongo.template(), on.documents,
                new OpenClockRows(WorkingDayCalendar.englandAndWales(),
                        Clock.fixed(THURSDAY.atStartOfDay(LONDON).toInstant(), LONDON)), emitter));

        void process(List<EventMessage<?>> batch) {
            run.process(batch);
        }

        void handle(EventMessage<?> event) {
            run.handle(event);
        }

        /** Every clock stored, in order of id. */
        List<Document> stored() {
            return inOrder("tracker_clocks");
        }

        List<Document> cases() {
            return inOrder("tracker_cases");
        }

        private List<Document> inOrder(String collection) {
            List<Document> documents = new ArrayList<>(run.mongo.template().findAll(Document.class, collection));
            documents.sort(Comparator.comparing(document -> document.getString("_id")));
            return documents;
        }
    }

    private static EventMessage<?> event(ComplaintReceivedEvent received, long sequence, Object payload) {
        return ProcessorBatches.event(received.complaintId().toString(), sequence, payload);
    }

    private static EventMessage<?> commentEvent(UUID commentId, long sequence, Object payload) {
        return ProcessorBatches.event(commentId.toString(), sequence, payload);
    }

    private static CommentReceivedEvent commentReceived(UUID commentId, String reference) {
        return new CommentReceivedEvent(commentId, reference, THURSDAY, Channel.EMAIL, "CIC", "Team A", "summary", null,
                LocalDate.of(2026, 4, 14), LocalDate.of(2026, 4, 23));
    }
}
