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
import reactor.core.publisher.Sinks;

import java.time.Duration;

/**
 * Live trackers for dashboards: a subscription query on the tracker, as server-sent events. It
 * runs the same whether the projection is in this JVM or behind Axon Server.
 */
@Component
class TrackerStream {

    /** Well inside the idle timeouts of common proxies (nginx's is 60 s), so a quiet stream stays open. */
    static final Duration HEARTBEAT_INTERVAL = Duration.ofSeconds(30);

    private final QueryGateway queryGateway;
    private final Sinks.Empty<Void> shutdown = Sinks.empty();

    TrackerStream(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
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
        return Flux.using(() -> queryGateway.subscriptionQuery(query, OpenClocksPage.class, TrackerCaseUpdate.class),
                subscription -> Flux.merge(events(subscription, new TrackerView(new OpenClockFilter(query))),
                        heartbeats()),
                SubscriptionQueryResult::cancel)
                .takeUntilOther(shutdown.asMono());
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
