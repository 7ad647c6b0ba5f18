package org.childrenscomplaints.query.tracker;

import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.childrenscomplaints.api.tracker.FindOpenClocksQuery;
import org.childrenscomplaints.api.tracker.OpenClocksPage;
import org.childrenscomplaints.api.tracker.TrackerCaseUpdate;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;

/**
 * Live trackers for dashboards: a subscription query on the tracker, as server-sent events. It
 * runs the same whether the projection is in this JVM or behind Axon Server.
 */
@Component
class TrackerStream {

    /** Well inside the idle timeouts of common proxies (nginx's is 60 s), so a quiet stream stays open. */
    static final Duration HEARTBEAT_INTERVAL = Duration.ofSeconds(30);

    private final QueryGateway queryGateway;
    private final Clock clock;
    private final Sinks.Empty<Void> shutdown = Sinks.empty();

    TrackerStream(QueryGateway queryGateway, Clock clock) {
        this.queryGateway = queryGateway;
        this.clock = clock;
    }

    /**
     * Ends every stream as the application stops: an open stream is a request still running, and
     * would hold up the web server's graceful shutdown until it gave up. Dashboards reconnect.
     */
    @EventListener(ContextClosedEvent.class)
    void endStreams() {
        shutdown.tryEmitEmpty();
    }

    /**
     * A {@code snapshot} event with every clock the query selects, then a {@code case} event
     * whenever a case in view changes. The subscription is closed when the client goes away, which
     * the server learns only when a write to it fails: with the next heartbeat or two at the latest.
     */
    Flux<ServerSentEvent<?>> open(FindOpenClocksQuery query) {
        TrackerView view = new TrackerView(new OpenClockFilter(query));
        return Flux.using(() -> queryGateway.subscriptionQuery(query, OpenClocksPage.class, TrackerCaseUpdate.class),
                subscription -> Flux.merge(events(subscription, view), newDaySnapshots(query, view), heartbeats()),
                SubscriptionQueryResult::cancel)
                .takeUntilOther(shutdown.asMono());
    }

    /**
     * Working days left and RAG change at midnight without any event (a clock turns red overnight),
     * so each new day (council time) starts with a fresh {@code snapshot}, as if the dashboard had
     * reconnected.
     */
    private Flux<ServerSentEvent<?>> newDaySnapshots(FindOpenClocksQuery query, TrackerView view) {
        return Mono.defer(() -> Mono.delay(untilNextDay()))
                .then(Mono.fromFuture(() -> queryGateway.query(query, OpenClocksPage.class)))
                .<ServerSentEvent<?>>map(snapshot -> event("snapshot", view.startAgain(snapshot)))
                .repeat();
    }

    private Duration untilNextDay() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        return Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(clock.getZone()));
    }

    private static Flux<ServerSentEvent<?>> events(SubscriptionQueryResult<OpenClocksPage, TrackerCaseUpdate> subscription,
                                                   TrackerView view) {
        // updates that arrive while the snapshot is read wait for it in the subscription's buffer
        return subscription.initialResult().<ServerSentEvent<?>>map(snapshot -> event("snapshot", view.show(snapshot)))
                .concatWith(subscription.updates().mapNotNull(update -> view.show(update)
                        .map(inView -> event("case", inView))
                        .orElse(null)));
    }

    private static Flux<ServerSentEvent<?>> heartbeats() {
        return Flux.interval(HEARTBEAT_INTERVAL).map(tick -> ServerSentEvent.builder().comment("heartbeat").build());
    }

    private static ServerSentEvent<?> event(String name, Object data) {
        return ServerSentEvent.builder(data).event(name).build();
    }
}
