package org.childrenscomplaints.standalone;

import org.childrenscomplaints.standalone.CaseFixtures.Case;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * One try at a command: the endpoint, what goes in its path's placeholders, and the content type
 * (none when null) and bytes of its body. The placeholders name fixtures, resolved when it is sent.
 */
record BadCommand(CommandEndpoint endpoint, Map<String, PathPart> parts, String contentType, byte[] body) {

    static final String JSON = "application/json";

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** The parts that name the command's own case, its learning and its first action or remedy. */
    static Map<String, PathPart> own(PathPart id) {
        return Map.of("{id}", id, "{learningId}", new PathPart.OwnLearning(), "{index}", new PathPart.Text("0", true));
    }

    BadCommand with(String placeholder, PathPart part) {
        Map<String, PathPart> changed = new HashMap<>(parts);
        changed.put(placeholder, part);
        return new BadCommand(endpoint, Map.copyOf(changed), contentType, body);
    }

    String path(Case own, CaseFixtures fixtures) {
        String path = endpoint.path();
        for (Map.Entry<String, PathPart> part : parts.entrySet()) {
            if (path.contains(part.getKey())) {
                path = path.replace(part.getKey(), part.getValue().segment(own, fixtures));
            }
        }
        return path;
    }

    /** The fixture the path names, or null when it names none of them. */
    Case names(Case own, CaseFixtures fixtures) {
        PathPart id = parts.get("{id}");
        return id == null || !endpoint.path().contains("{id}") ? null : id.names(own, fixtures);
    }

    static Http.Answer post(Http caller, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = caller.request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            return new Http.Answer(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        String text = new String(body, StandardCharsets.UTF_8);
        return endpoint + " " + parts.entrySet().stream().filter(part -> endpoint.path().contains(part.getKey()))
                .map(Map.Entry::getValue).toList() + " [" + contentType + "] "
                + (text.length() > 500 ? text.substring(0, 500) + "... (" + text.length() + " characters)" : text);
    }
}
