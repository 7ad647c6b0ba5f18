package org.childrenscomplaints.api.web;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The requests Tomcat refuses before the application sees them (an address holding an encoded slash,
 * backslash or NUL, or escapes that are not UTF-8) answered as problem+json like every other refusal,
 * not with Tomcat's HTML page. Tomcat writes those answers in its host's error report valve; this
 * valve takes that place.
 */
public final class TomcatRefusals extends ErrorReportValve {

    static final String ADDRESS_RULE = "The request's address cannot be read: it may not hold an encoded slash (%2F), "
            + "backslash (%5C) or NUL (%00), and its %-escapes must stand for UTF-8 text. A case's id or reference "
            + "goes into the address as it is.";

    private final JsonMapper json;

    private TomcatRefusals(JsonMapper json) {
        this.json = json;
    }

    /** Puts the valve in the place of the error report valve Tomcat or Spring Boot would give the host. */
    public static WebServerFactoryCustomizer<TomcatServletWebServerFactory> customizer(JsonMapper json) {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                Pipeline pipeline = host.getPipeline();
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        pipeline.removeValve(valve);
                    }
                }
                // the host adds a valve of this class when it starts, unless one is there already
                host.setErrorReportValveClass(TomcatRefusals.class.getName());
                pipeline.addValve(new TomcatRefusals(json));
            }
        });
    }

    /** Answers as Tomcat's own valve does (once, if nothing was written yet and the connection can take it), in JSON. */
    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean writable = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
        if (!writable.get()) {
            return;
        }
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json.writeValueAsString(problem(status)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException clientGone) {
            // the connection is closed or closing: there is no one left to answer
        }
    }

    private static ProblemDetail problem(int status) {
        if (status == HttpStatus.BAD_REQUEST.value()) {
            return FilterProblems.problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "The request is not valid",
                    ADDRESS_RULE);
        }
        HttpStatus known = HttpStatus.resolve(status);
        return FilterProblems.problem(HttpStatusCode.valueOf(status), ProblemTypes.ofStatus(status),
                known == null ? "HTTP " + status : known.getReasonPhrase(), "The server could not handle this request.");
    }
}
