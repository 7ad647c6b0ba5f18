package org.childrenscomplaints.command.complaint.reminder;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.jobrunr.jobs.JobId;
import org.jobrunr.jobs.details.JobDetailsGenerator;
import org.jobrunr.scheduling.JobBuilder;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.storage.JobNotFoundException;
import org.jobrunr.storage.StorageProvider;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Axon's JobRunr deadline manager hands JobRunr each reminder on its own as a command is about to
 * commit, and JobRunr stores each in a transaction of its own: a registration's reminders (up to
 * four rungs for each of two clocks) cost as many durable commits, all taken while the year's
 * reference series is locked (docs/benchmarks.md). Within a command's unit of work this scheduler
 * gathers them and stores them in one transaction, still in the commit's preparation, so still
 * before the command's events are stored: a crash in between leaves reminders without a case
 * (which fire into nothing), never a case without its reminders.
 * <p>
 * A job gathered this way is stored once the preparation ends, so its id is not known yet when it
 * is handed over and {@code null} is answered; Axon's deadline manager, the one caller, only logs it
 * (the deadline's own id is what the case records). Anywhere else jobs are stored at once.
 */
public class ReminderJobsTogether extends JobScheduler {

    private static final String GATHERED = ReminderJobsTogether.class.getName();

    /** What a command has handed over so far: jobs to store, then jobs to delete that were not stored yet. */
    private record Gathered(List<JobBuilder> jobs, Map<UUID, String> deletions) {
    }

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
            Gathered gathered = new Gathered(new ArrayList<>(), new LinkedHashMap<>());
            // runs after the deadline manager's own handlers, which are already queued for this phase
            command.onPrepareCommit(preparing -> {
                // a job handed over after this point (by a later handler of this phase) starts a gathering of its own
                preparing.resources().remove(GATHERED);
                super.create(gathered.jobs().stream());
                gathered.deletions().forEach(super::delete);
            });
            return gathered;
        }).jobs().add(job);
        return null;
    }

    /**
     * A command that sets a reminder and calls it off again (an import's row that closes the clock it
     * opened) deletes a job that is not stored yet: it is deleted once it is, as before, in order.
     */
    @Override
    public void delete(UUID id, String reason) {
        Gathered gathered = preparingACommit() ? CurrentUnitOfWork.get().getResource(GATHERED) : null;
        try {
            super.delete(id, reason);
        } catch (JobNotFoundException notStoredYet) {
            if (gathered == null) {
                throw notStoredYet;
            }
            gathered.deletions().put(id, reason);
        }
    }

    private static boolean preparingACommit() {
        return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().phase() == UnitOfWork.Phase.PREPARE_COMMIT;
    }
}
