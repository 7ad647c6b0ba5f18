package org.childrenscomplaints.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.Optional;

/**
 * The largest body a request may carry: a command is a few kilobytes, a spreadsheet import a few
 * megabytes; anything bigger is refused with 413 before it fills the server's memory. Written here
 * because neither Tomcat nor Spring limits a raw (non-form) body: this checks the declared length,
 * and counts the bytes of a body sent without one.
 */
public class BodySizeLimit extends OncePerRequestFilter {

    static final String IMPORTS = "/api/imports";

    private final DataSize commandLimit;
    private final DataSize importLimit;
    private final JsonMapper json;

    public BodySizeLimit(DataSize commandLimit, DataSize importLimit, JsonMapper json) {
        this.commandLimit = commandLimit;
        this.importLimit = importLimit;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        DataSize limit = IMPORTS.equals(request.getRequestURI()) ? importLimit : commandLimit;
        if (request.getContentLengthLong() > limit.toBytes()) {
            drain(request, limit);
            refuse(request, response, limit);
            return;
        }
        try {
            chain.doFilter(new LimitedBody(request, limit), response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (tooLarge(failure).isEmpty() || response.isCommitted()) {
                throw failure;
            }
            response.reset();
            refuse(request, response, limit);
        }
    }

    /** The 413 to answer if the body was over its limit, found among the causes (a handler may have wrapped it). */
    public static Optional<ProblemDetail> tooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLarge overLimit) {
                return Optional.of(tooLarge(overLimit.limit));
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a refused body on to its end (up to a bound) and drops it: a server that answers before
     * the client has finished sending makes many clients lose the answer to a broken connection.
     */
    private static void drain(HttpServletRequest request, DataSize limit) throws IOException {
        long bound = 4 * limit.toBytes();
        byte[] buffer = new byte[64 * 1024];
        long drained = 0;
        int read;
        try (var body = request.getInputStream()) {
            while (drained < bound && (read = body.read(buffer)) >= 0) {
                drained += read;
            }
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, DataSize limit) throws IOException {
        FilterProblems.write(tooLarge(limit), request, response, json);
    }

    static ProblemDetail tooLarge(DataSize limit) {
        return FilterProblems.problem(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.TOO_LARGE, "Request too large",
                "The request body is larger than the " + limit.toKilobytes() + " KB allowed here.");
    }

    static final class BodyTooLarge extends IOException {
        private final DataSize limit;

        BodyTooLarge(DataSize limit) {
            super("request body over " + limit);
            this.limit = limit;
        }
    }

    private static final class LimitedBody extends HttpServletRequestWrapper {
        private final DataSize limit;

        LimitedBody(HttpServletRequest request, DataSize limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream body = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int next = body.read();
                    count(next < 0 ? 0 : 1);
                    return next;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = body.read(buffer, offset, length);
                    count(Math.max(n, 0));
                    return n;
                }

                private void count(int bytes) throws BodyTooLarge {
                    read += bytes;
                    if (read > limit.toBytes()) {
                        throw new BodyTooLarge(limit);
                    }
                }

                @Override
                public boolean isFinished() {
                    return body.isFinished();
                }

                @Override
                public boolean isReady() {
                    return body.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    body.setReadListener(listener);
                }
            };
        }
    }
}
