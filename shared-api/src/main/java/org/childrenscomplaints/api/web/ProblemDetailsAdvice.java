package org.childrenscomplaints.api.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns every failure into application/problem+json (RFC 9457) whose detail says the rule in
 * plain English, with the offending fields in {@code errors}. Spring's own handler covers the
 * protocol errors (405, 406, 415, 413...); this adds field names to the 400s and makes sure
 * nothing unforeseen leaks out as a stack trace.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final URI ABOUT_BLANK = URI.create("about:blank");
    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    public static ProblemDetail invalidRequest(String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(ProblemTypes.INVALID_REQUEST);
        problem.setTitle("The request is not valid");
        problem.setProperty("errors", errors);
        return problem;
    }

    /** To throw where a request's parameters are checked by hand: answered 400 as {@link #invalidRequest}. */
    public static ErrorResponseException badRequest(String detail, List<FieldProblem> errors) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, invalidRequest(detail, errors), null);
    }

    @ExceptionHandler(NotFoundException.class)
    public ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(ProblemTypes.NOT_FOUND);
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(CommandExecutionException.class)
    public ProblemDetail commandRefused(CommandExecutionException e) {
        Rejection rejection = e.getDetails().filter(Rejection.class::isInstance).map(Rejection.class::cast)
                .orElse(null);
        if (rejection == null) {
            return unexpected(e);
        }
        return switch (rejection.kind()) {
            case INVALID -> invalidRequest(rejection.detail(), rejection.errors());
            case NOT_FOUND -> notFound(new NotFoundException(rejection.detail()));
            case RULE_BROKEN -> ruleBroken(rejection.detail());
            case FORBIDDEN -> notYours(rejection.detail());
        };
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    public ProblemDetail unknownCase(AggregateNotFoundException e) {
        return notFound(new NotFoundException("No case has the id " + e.getAggregateIdentifier() + "."));
    }

    /** The id names a case of another kind (a comment's id where a complaint's is expected, say). */
    @ExceptionHandler(IncompatibleAggregateException.class)
    public ProblemDetail caseOfAnotherKind(IncompatibleAggregateException e) {
        return notFound(new NotFoundException("The id does not name a case of the kind this request is for."));
    }

    @ExceptionHandler(ConcurrencyException.class)
    public ProblemDetail concurrentChange(ConcurrencyException e) {
        return ruleBroken("Someone else changed the same record at the same moment. Reload it and try again.");
    }

    private static ProblemDetail notYours(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
        problem.setType(ProblemTypes.NOT_ALLOWED);
        problem.setTitle("Not allowed for your role");
        return problem;
    }

    private static ProblemDetail ruleBroken(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setType(ProblemTypes.RULE_BROKEN);
        problem.setTitle("The procedure does not allow this");
        return problem;
    }

    @ExceptionHandler(Exception.class)
    public ProblemDetail unexpected(Exception e) {
        log.error("Unexpected failure while answering a request", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Please try again; if it keeps happening, tell the system's administrators.");
        problem.setType(ProblemTypes.INTERNAL_ERROR);
        problem.setTitle("Internal error");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        String fields = errors.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", "));
        return problem(invalidRequest("These fields are missing or invalid: " + fields + ".", errors), headers);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Optional<ProblemDetail> tooLarge = BodySizeLimit.tooLarge(e);
        if (tooLarge.isPresent()) {
            return problem(tooLarge.get(), headers);
        }
        // a syntax error is about the whole body; a binding error names the field it failed on
        if (e.getCause() instanceof DatabindException binding && !binding.getPath().isEmpty()) {
            String field = fieldPath(binding);
            String message = describe(binding);
            return problem(invalidRequest("The field " + field + " " + message + ".",
                    List.of(new FieldProblem(field, message))), headers);
        }
        return problem(invalidRequest("The request body is missing or is not valid JSON.",
                List.of(new FieldProblem("body", "must be a JSON object"))), headers);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = e.getPropertyName() == null ? "parameter" : e.getPropertyName();
        String message = describeExpected(e.getRequiredType());
        return problem(invalidRequest("The parameter " + field + " " + message + ".",
                List.of(new FieldProblem(field, message))), headers);
    }

    /** Spring's own answers (404, 405, 406, 415...) leave {@code type} blank; the contract wants it on every problem. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem && (problem.getType() == null || ABOUT_BLANK.equals(problem.getType()))) {
            problem.setType(ProblemTypes.ofStatus(status.value()));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static ResponseEntity<Object> problem(ProblemDetail problem, HttpHeaders headers) {
        return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
    }

    private static String fieldPath(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String describe(DatabindException e) {
        if (e instanceof TextLengthLimit.TextTooLong tooLong) {
            return tooLong.getOriginalMessage();
        }
        if (e instanceof MismatchedInputException mismatch) {
            return describeExpected(mismatch.getTargetType());
        }
        return "cannot be read";
    }

    private static String describeExpected(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "must be a date written YYYY-MM-DD";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "must be a number";
        }
        if (type == Boolean.class) {
            return "must be true or false";
        }
        if (List.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        if (type == String.class) {
            return "must be text";
        }
        return "has the wrong type";
    }
}
