package org.homeward.eventstore;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Two nodes changing one case at once: the second append collides on the case's sequence number. The command is
 * run again on the fresh case (so its rules see the other change); anything else is not retried.
 */
class ConcurrentModificationRetry implements RetryScheduler {

    private static final int MOST_RETRIES = 5;

    private final ScheduledExecutorService executor;

    ConcurrentModificationRetry(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable commandDispatch) {
        if (!(lastFailure instanceof ConcurrencyException) || failures.size() > MOST_RETRIES) {
            return false;
        }
        executor.schedule(commandDispatch, 20L * failures.size(), TimeUnit.MILLISECONDS);
        return true;
    }
}
