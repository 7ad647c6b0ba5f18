package org.childrenscomplaints.api.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.ExceptionUtils;
import org.axonframework.messaging.RemoteHandlingException;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Failures that say nothing about the command itself, so running it again may well succeed. One
 * is a concurrent change: another command appended to the same record first. In one process the
 * repository's lock rules that out, but across Axon Server it happens (a registration numbers its
 * year's reference series on whichever node handles it), and there the connector delivers it as a
 * failure of the handling node that carries no refusal, which is the other kind. A refusal (a
 * {@link Rejection} in the details) or anything marked non-transient is final.
 */
public final class TransientFailures {

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        if (ExceptionUtils.findException(failure, ConcurrencyException.class).isPresent()) {
            return true;
        }
        if (ExceptionUtils.isExplicitlyNonTransient(failure)) {
            return false;
        }
        return failure instanceof CommandExecutionException handlingNodeFailure
                && handlingNodeFailure.getDetails().isEmpty()
                && ExceptionUtils.findException(failure, RemoteHandlingException.class).isPresent();
    }
}
