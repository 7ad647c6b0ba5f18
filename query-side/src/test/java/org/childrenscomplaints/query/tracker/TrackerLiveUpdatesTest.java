package org.childrenscomplaints.query.tracker;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.childrenscomplaints.api.calendar.WorkingDayCalendar;
import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.ComplaintAcknowledgedEvent;
import org.childrenscomplaints.api.complaint.ComplaintReceivedEvent;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.tracker.FindOpenClocksQuery;
import org.childrenscomplaints.api.tracker.OpenClock;
import org.childrenscomplaints.api.tracker.OpenClocksPage;
import org.childrenscomplaints.api.tracker.Rag;
import org.childrenscomplaints.api.tracker.TrackerCaseUpdate;
import org.childrenscomplaints.query.BatchedDocuments;
import org.childrenscomplaints.query.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.childrenscomplaints.query.TestEvents.received;

/**
 * What the tracker projection tells live trackers, through Axon's own handler invocation as a
 * processor would make it, read on Thursday 9 April 2026.
 */
class TrackerLiveUpdatesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate THURSDAY = LocalDate.of(2026, 4, 9);

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final SimpleQueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
    private final AnnotationEventHandlerAdapter projection = new AnnotationEventHandlerAdapter(new TrackerProjection(
            mongo.template(), new BatchedDocuments(mongo.template()),
            new OpenClockRows(WorkingDayCalendar.englandAndWales(), Clock.fixed(THURSDAY.atStartOfDay(LONDON).toInstant(), LONDON)),
            emitter));
    private final List<TrackerCaseUpdate> sent = new CopyOnWriteArrayList<>();

    // acknowledgement due today, response due Monday 20th
    private final ComplaintReceivedEvent received = received("ST-2026-0001", Procedure.STATUTORY, "CIC", "Team A",
            THURSDAY, LocalDate.of(2026, 4, 20));

    @BeforeEach
    void aLiveTrackerIsSubscribed() {
        emitter.<TrackerCaseUpdate>registerUpdateHandler(new GenericSubscriptionQueryMessage<>(
                        new FindOpenClocksQuery(null, null, null, null, null, null, null),
                        ResponseTypes.instanceOf(OpenClocksPage.class), ResponseTypes.instanceOf(TrackerCaseUpdate.class)), 16)
                .getUpdates().map(Message::getPayload).subscribe(sent::add);
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void afterEachEventTheCasesClocksAreSentAsTheyStandOnTheDay() throws Exception {
        projection.handle(live(1, received));
        projection.handle(live(2, new ComplaintAcknowledgedEvent(received.complaintId(), THURSDAY,
                LocalDate.of(2026, 4, 23))));

        assertThat(sent).extracting(TrackerCaseUpdate::id, TrackerCaseUpdate::reference)
                .containsOnly(tuple(received.complaintId(), "ST-2026-0001"));
        assertThat(sent.get(0).clocks()).extracting(OpenClock::clock, OpenClock::workingDaysLeft, OpenClock::rag)
                .containsExactly(tuple(ClockType.ACKNOWLEDGEMENT, 0, Rag.AMBER), tuple(ClockType.RESPONSE, 7, Rag.GREEN));
        assertThat(sent.get(1).clocks()).extracting(OpenClock::clock, OpenClock::dueDate)
                .containsExactly(tuple(ClockType.RESPONSE, LocalDate.of(2026, 4, 23)));
    }

    @Test
    void aReplayRebuildsTheTrackerWithoutTellingAnyone() throws Exception {
        TrackingToken replaying = ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(10),
                new GlobalSequenceTrackingToken(1));

        projection.handle(new GenericTrackedDomainEventMessage<>(replaying, fromCase(0, received)));

        assertThat(mongo.template().findAll(TrackerClockDocument.class)).hasSize(2);
        assertThat(sent).isEmpty();
    }

    private GenericTrackedDomainEventMessage<Object> live(long position, Object event) {
        return new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(position),
                fromCase(position - 1, event));
    }

    private GenericDomainEventMessage<Object> fromCase(long sequence, Object event) {
        return new GenericDomainEventMessage<>("Complaint", received.complaintId().toString(), sequence, event);
    }
}
