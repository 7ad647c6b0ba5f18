package org.childrenscomplaints.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.childrenscomplaints.api.web.FilterProblems;
import org.childrenscomplaints.api.web.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;

/** 401 and 403 as problem+json, like every other refusal; the filter chain answers them before any controller. */
final class ProblemAnswers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;
    private final String challenge;

    /** {@code challenge}: the WWW-Authenticate answer that tells a client how to sign in. */
    ProblemAnswers(JsonMapper json, String challenge) {
        this.json = json;
        this.challenge = challenge;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException notSignedIn)
            throws IOException {
        response.setHeader("WWW-Authenticate", challenge);
        write(request, response, HttpStatus.UNAUTHORIZED, ProblemTypes.NOT_SIGNED_IN, "Sign in required",
                "Sign in to use this service.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, ProblemTypes.NOT_ALLOWED, "Not allowed for your role",
                "Your role may not " + ("GET".equals(request.getMethod()) ? "read" : "do") + " this: "
                        + request.getMethod() + " " + request.getRequestURI() + ".");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, URI type,
                       String title, String detail) throws IOException {
        FilterProblems.write(FilterProblems.problem(status, type, title, detail), request, response, json);
    }
}
