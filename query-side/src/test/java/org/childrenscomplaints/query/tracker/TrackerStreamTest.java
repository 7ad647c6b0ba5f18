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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
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
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final TrackerStream streams = new TrackerStream(queryGateway, Clock.fixed(Instant.parse("2026-04-20T11:00:00Z"), LONDON));
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
    void eachNewDayStartsWithAFreshSnapshotOfTheRowsAsTheyNowStand() {
        OpenClock nowRed = new OpenClock(CORPORATE.id(), CORPORATE.reference(), Procedure.CORPORATE, Stage.STAGE_1,
                ClockType.RESPONSE, "CIC", "Team A", null, LocalDate.of(2026, 4, 20), -1, Rag.RED, false, false);
        when(queryGateway.query(CORPORATE_ONLY, OpenClocksPage.class))
                .thenReturn(CompletableFuture.completedFuture(new OpenClocksPage(List.of(nowRed), 1)));

        // half a second before midnight in London: the next day's snapshot is due at once
        new TrackerStream(queryGateway, Clock.fixed(Instant.parse("2026-04-20T22:59:59.500Z"), LONDON))
                .open(CORPORATE_ONLY).subscribe(sent::add);

        await().atMost(Duration.ofSeconds(5)).until(() -> sent.size() == 2);
        assertThat(sent).extracting(ServerSentEvent::event).containsExactly("snapshot", "snapshot");
        assertThat(sent.get(1).data()).isEqualTo(List.of(nowRed));
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
