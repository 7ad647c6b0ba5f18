package org.childrenscomplaints.command.rejection;

import org.axonframework.commandhandling.CommandExecutionException;
import org.childrenscomplaints.api.web.FieldProblem;
import org.childrenscomplaints.api.web.Rejection;

import java.util.List;
import java.util.function.UnaryOperator;

/** A command refused for a reason the sender can act on; see {@link Rejection}. */
public class CommandRejectedException extends CommandExecutionException {

    private final transient Rejection rejection;

    private CommandRejectedException(Rejection rejection) {
        super(rejection.detail(), null, rejection);
        this.rejection = rejection;
    }

    public static CommandRejectedException invalid(List<FieldProblem> errors) {
        String fields = String.join(", ", errors.stream().map(FieldProblem::field).distinct().toList());
        return new CommandRejectedException(new Rejection(Rejection.Kind.INVALID,
                "These fields are missing or invalid: " + fields + ".", errors));
    }

    public static CommandRejectedException notFound(String what) {
        return new CommandRejectedException(new Rejection(Rejection.Kind.NOT_FOUND, what, List.of()));
    }

    public static CommandRejectedException forbidden(String why) {
        return new CommandRejectedException(new Rejection(Rejection.Kind.FORBIDDEN, why, List.of()));
    }

    public static CommandRejectedException ruleBroken(String rule) {
        return new CommandRejectedException(new Rejection(Rejection.Kind.RULE_BROKEN, rule, List.of()));
    }

    /**
     * The same refusal in another sender's words, e.g. a spreadsheet's column names for the command's fields:
     * fields renamed by {@code fieldName}, and any rule's detail led by {@code context}.
     */
    public CommandRejectedException restated(UnaryOperator<String> fieldName, String context) {
        if (rejection.kind() == Rejection.Kind.INVALID) {
            return invalid(rejection.errors().stream()
                    .map(problem -> new FieldProblem(fieldName.apply(problem.field()), problem.message())).toList());
        }
        return new CommandRejectedException(new Rejection(rejection.kind(), context + rejection.detail(), List.of()));
    }
}
