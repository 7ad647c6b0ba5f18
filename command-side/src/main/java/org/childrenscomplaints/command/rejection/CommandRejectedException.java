package org.childrenscomplaints.command.rejection;

import org.axonframework.commandhandling.CommandExecutionException;
import org.childrenscomplaints.api.web.FieldProblem;
import org.childrenscomplaints.api.web.Rejection;

import java.util.List;

/** A command refused for a reason the sender can act on; see {@link Rejection}. */
public class CommandRejectedException extends CommandExecutionException {

    private CommandRejectedException(Rejection rejection) {
        super(rejection.detail(), null, rejection);
    }

    public static CommandRejectedException invalid(List<FieldProblem> errors) {
        String fields = String.join(", ", errors.stream().map(FieldProblem::field).distinct().toList());
        return new CommandRejectedException(new Rejection(Rejection.Kind.INVALID,
                "These fields are missing or invalid: " + fields + ".", errors));
    }

    public static CommandRejectedException notFound(String what) {
        return new CommandRejectedException(new Rejection(Rejection.Kind.NOT_FOUND, what, List.of()));
    }

    public static CommandRejectedException ruleBroken(String rule) {
        return new CommandRejectedException(new Rejection(Rejection.Kind.RULE_BROKEN, rule, List.of()));
    }
}
