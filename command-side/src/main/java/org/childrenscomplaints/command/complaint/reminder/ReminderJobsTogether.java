package org.childrenscomplaints.command.complaint.reminder;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.jobrunr.jobs.JobId;
import org.jobrunr.jobs.details.JobDetailsGenerator;
import org.jobrunr.jobs.states.IllegalJobStateChangeException;
import org.jobrunr.scheduling.JobBuilder;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.storage.JobNotFoundException;
import org.jobrunr.storage.StorageProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The reminder jobs of a command, stored and deleted as its events are: Axon's JobRunr deadline
 * manager hands JobRunr each job to store or delete on its own, in the command's commit preparation,
 * each in a transaction of its own and before the events are stored.
 * <ul>
 *     <li>Jobs to store are gathered and stored together, in one transaction, at the end of the
 *     preparation: a registration's reminders (the first rung of each of its two clocks) cost one
 *     commit instead of two, all taken while the year's reference series is locked
 *     (docs/benchmarks.md). In the embedded default that transaction is the command's own, so the
 *     jobs are committed with its events; where jobs live in MongoDB (the services) they are stored
 *     just before the events: a crash in between leaves reminders without a case, which fire into
 *     nothing, never a case without its reminders.</li>
 *     <li>Jobs to delete are deleted once the command's events are stored, and not at all if they
 *     are not: a command that died or was refused after calling off a case's reminders had taken
 *     them away from a case whose clocks were still running (CrashTest found one). A crash between
 *     the events and the deletion leaves a reminder whose clock has moved on, which the case ignores.</li>
 * </ul>
 * A job gathered this way is stored once the preparation ends, so its id is not known yet when it
 * is handed over and {@code null} is answered; Axon's deadline manager, the one caller, only logs it
 * (the deadline's own id is what the case records). Outside a command jobs are stored and deleted at once.
 */
public class ReminderJobsTogether extends JobScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderJobsTogether.class);
    private static final String GATHERED = ReminderJobsTogether.class.getName();

    public ReminderJobsTogether(StorageProvider storageProvider, JobDetailsGenerator jobDetailsGenerator) {
        super(storageProvider, jobDetailsGenerator, List.of());
    }

    @Override
    public JobId create(JobBuilder job) {
        if (!preparingACommit()) {
            return super.create(job);
        }
        UnitOfWork<?> command = CurrentUnitOfWork.get();
        command.getOrComputeResource(GATHERED, key -> {
            List<JobBuilder> gathered = new ArrayList<>();
            // runs after the deadline manager's own handlers, which are already queued for this phase
            command.onPrepareCommit(preparing -> {
                // a job handed over after this point (by a later handler of this phase) starts a gathering of its own
                preparing.resources().remove(GATHERED);
                super.create(gathered.stream());
            });
            return gathered;
        }).add(job);
        return null;
    }

    @Override
    public void delete(UUID id, String reason) {
        if (!preparingACommit()) {
            super.delete(id, reason);
            return;
        }
        CurrentUnitOfWork.get().afterCommit(committed -> {
            try {
                super.delete(id, reason);
            } catch (JobNotFoundException | IllegalJobStateChangeException goneAlready) {
                // called off twice (a command run again after a lost race), or never stored: nothing left to do
                LOG.debug("Reminder job {} was not there to delete: {}", id, goneAlready.getMessage());
            }
        });
    }

    private static boolean preparingACommit() {
        return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().phase() == UnitOfWork.Phase.PREPARE_COMMIT;
    }
}
