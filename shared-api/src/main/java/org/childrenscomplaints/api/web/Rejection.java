package org.childrenscomplaints.api.web;

import java.util.List;

/**
 * Why a command was refused. It travels as the details of Axon's CommandExecutionException, so
 * the refusal reaches the HTTP layer intact whether the command ran in this JVM or on another
 * node behind Axon Server.
 */
public record Rejection(Kind kind, String detail, List<FieldProblem> errors) {

    public enum Kind {
        /** Answered 400: fields missing or invalid. */
        INVALID,
        /** Answered 404: a part of the case the command names (a piece of learning, an action) does not exist. */
        NOT_FOUND,
        /** Answered 409: a rule of the procedure forbids it. */
        RULE_BROKEN,
        /** Answered 403: the caller's role may do this, but not on this case (a manager's case is the one allocated to them). */
        FORBIDDEN
    }

    public Rejection {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
