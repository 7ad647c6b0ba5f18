package org.childrenscomplaints.command.retry;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.ExceptionUtils;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * A command that failed only because another one appended to the same record first: nothing of it
 * was stored, so it can be run again. Nothing else is taken for one. A failure that carries a
 * refusal is final; and across Axon Server a failure on the handling node arrives without its
 * exception's type, so it could as well have come after the events were stored, and running the
 * command again could record it twice.
 */
final class LostRaces {

    private LostRaces() {
    }

    static boolean isLostRace(Throwable failure) {
        boolean refused = failure instanceof CommandExecutionException execution && execution.getDetails().isPresent();
        return !refused && ExceptionUtils.findException(failure, ConcurrencyException.class).isPresent();
    }
}
