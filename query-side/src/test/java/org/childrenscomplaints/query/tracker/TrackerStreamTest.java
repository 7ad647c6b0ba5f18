package org.childrenscomplaints.query.tracker;

import org.axonframework.queryhandling.DefaultSubscriptionQueryResult;
import org.axonframework.queryhandling.QueryGateway;
import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.api.tracker.FindOpenClocksQuery;
import org.childrenscomplaints.api.tracker.OpenClock;
import org.childrenscomplaints.api.tracker.OpenClocksPage;
import org.childrenscomplaints.api.tracker.Rag;
import org.childrenscomplaints.api.tracker.TrackerCaseUpdate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** A live tracker's events, from a subscription query that a test feeds by hand. */
class TrackerStreamTest {

    private static final FindOpenClocksQuery CORPORATE_ONLY =
            new FindOpenClocksQuery(null, Procedure.CORPORATE, null, null, null, null, null);
    private static final OpenClock CORPORATE = clock("CO-2026-0001", Procedure.CORPORATE);
    private static final OpenClock STATUTORY = clock("ST-2026-0001", Procedure.STATUTORY);

    private final QueryGateway queryGateway = mock(QueryGateway.class);
    private final TrackerStream streams = new TrackerStream(queryGateway);
    private final Sinks.Many<TrackerCaseUpdate> updates = Sinks.many().multicast().onBackpressureBuffer();
    private final AtomicBoolean subscriptionClosed = new AtomicBoolean();
    private final List<ServerSentEvent<?>> sent = new CopyOnWriteArrayList<>();
    private final AtomicBoolean ended = new AtomicBoolean();

    @BeforeEach
    void theTrackerShowsOneCorporateCase() {
        when(queryGateway.subscriptionQuery(eq(CORPORATE_ONLY), eq(OpenClocksPage.class), eq(TrackerCaseUpdate.class)))
                .thenReturn(new DefaultSubscriptionQueryResult<>(Mono.just(new OpenClocksPage(List.of(CORPORATE), 1)),
                        updates.asFlux(), () -> subscriptionClosed.compareAndSet(false, true)));
    }

    @Test
    void theSnapshotComesFirstThenTheChangesOfCasesInView() {
        open();

        updates.tryEmitNext(new TrackerCaseUpdate(STATUTORY.id(), STATUTORY.reference(), List.of(STATUTORY)));
        updates.tryEmitNext(new TrackerCaseUpdate(CORPORATE.id(), CORPORATE.reference(), List.of()));

        assertThat(sent).extracting(ServerSentEvent::event).containsExactly("snapshot", "case");
        assertThat(sent.get(0).data()).isEqualTo(List.of(CORPORATE));
        assertThat(sent.get(1).data()).isEqualTo(new TrackerCaseUpdate(CORPORATE.id(), CORPORATE.reference(), List.of()));
    }

    @Test
    void aClientGoingAwayClosesTheSubscriptionQuery() {
        Disposable stream = open();

        stream.dispose();

        assertThat(subscriptionClosed).isTrue();
    }

    @Test
    void stoppingTheApplicationEndsEveryStreamAndClosesItsSubscription() {
        open();

        streams.endStreams();

        assertThat(ended).isTrue();
        assertThat(subscriptionClosed).isTrue();
    }

    @Test
    void aStreamOpenedWhileTheApplicationStopsEndsAtOnce() {
        streams.endStreams();

        open();

        assertThat(ended).isTrue();
    }

    private Disposable open() {
        return streams.open(CORPORATE_ONLY).subscribe(sent::add, error -> { }, () -> ended.set(true));
    }

    private static OpenClock clock(String reference, Procedure procedure) {
        return new OpenClock(UUID.nameUUIDFromBytes(reference.getBytes()), reference, procedure, Stage.STAGE_1,
                ClockType.RESPONSE, "CIC", "Team A", null, LocalDate.of(2026, 4, 20), 7, Rag.GREEN, false, false);
    }
}
