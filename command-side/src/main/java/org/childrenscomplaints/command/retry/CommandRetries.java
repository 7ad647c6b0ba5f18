package org.childrenscomplaints.command.retry;

import org.axonframework.commandhandling.gateway.ExponentialBackOffIntervalRetryScheduler;
import org.axonframework.commandhandling.gateway.RetryScheduler;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Sends a command again when it {@link LostRaces lost a race} to the same record: 25, 50, 100 and
 * 200 ms later, then gives up. A command run again is judged afresh against the case as it now
 * stands, so a retry never slips past a rule (the second of two responses to one stage is refused
 * whether it lost the race or not). Nothing else is retried.
 */
public final class CommandRetries implements AutoCloseable {

    static final int MAX_RETRIES = 4;
    private static final long FIRST_DELAY_MILLIS = 25;

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "command-retries");
        thread.setDaemon(true);
        return thread;
    });

    public RetryScheduler scheduler() {
        // Axon's own test of a failure judges each cause on its own; whether a failure is a lost race
        // depends on the chain as a whole (a refusal's details are on the outermost exception)
        RetryScheduler backOff = ExponentialBackOffIntervalRetryScheduler.builder()
                .retryExecutor(executor)
                .backoffFactor(FIRST_DELAY_MILLIS)
                .maxRetryCount(MAX_RETRIES)
                .nonTransientFailurePredicate(failure -> false)
                .build();
        return (command, failure, failures, dispatch) ->
                LostRaces.isLostRace(failure) && backOff.scheduleRetry(command, failure, failures, dispatch);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
