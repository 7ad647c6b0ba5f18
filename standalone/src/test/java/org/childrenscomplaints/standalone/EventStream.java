package org.childrenscomplaints.standalone;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * A dashboard's end of a server-sent event stream, read as a browser's EventSource reads it: the
 * named events received so far, their data parsed as JSON, while the stream stays open.
 */
final class EventStream implements AutoCloseable {

    record Event(String name, JsonNode data) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final HttpResponse<Stream<String>> response;
    private final List<Event> received = new CopyOnWriteArrayList<>();
    // the event being read; only the reading thread touches these
    private String pendingName;
    private final StringBuilder pendingData = new StringBuilder();

    private EventStream(HttpResponse<Stream<String>> response) {
        this.response = response;
        if (response.statusCode() == 200) {
            // a thread of its own: it is blocked for as long as the stream is open
            Thread reader = new Thread(this::readUntilClosed, "event-stream-reader");
            reader.setDaemon(true);
            reader.start();
        }
    }

    static EventStream open(Http http, String path) {
        HttpRequest request = http.request(path).header("Accept", "text/event-stream").build();
        return new EventStream(HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .orTimeout(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)
                .join());
    }

    int status() {
        return response.statusCode();
    }

    String contentType() {
        return response.headers().firstValue("Content-Type").orElse(null);
    }

    /** The whole body of an answer that is not a stream (an error). */
    JsonNode json() {
        return JSON.readTree(response.body().collect(Collectors.joining("\n")));
    }

    /** The first event received of that name whose data passes {@code condition}, waiting for it if need be. */
    Event first(String name, Predicate<JsonNode> condition) {
        return await().atMost(PATIENCE).until(() -> received(name).filter(event -> condition.test(event.data())).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    Stream<Event> received(String name) {
        return received.stream().filter(event -> event.name().equals(name));
    }

    @Override
    public void close() {
        response.body().close();
    }

    private void readUntilClosed() {
        try {
            response.body().forEach(this::read);
        } catch (UncheckedIOException closed) {
            // the test has closed the stream, or the server has: either way nothing more will come
        }
    }

    /** Lines up to a blank one make an event; comments (the heartbeats) and unnamed events are left out. */
    private void read(String line) {
        if (line.isEmpty()) {
            if (pendingName != null) {
                received.add(new Event(pendingName, JSON.readTree(pendingData.toString())));
            }
            pendingName = null;
            pendingData.setLength(0);
        } else if (line.startsWith("event:")) {
            pendingName = value(line);
        } else if (line.startsWith("data:")) {
            pendingData.append(pendingData.isEmpty() ? "" : "\n").append(value(line));
        }
    }

    private static String value(String line) {
        String value = line.substring(line.indexOf(':') + 1);
        return value.startsWith(" ") ? value.substring(1) : value;
    }
}
