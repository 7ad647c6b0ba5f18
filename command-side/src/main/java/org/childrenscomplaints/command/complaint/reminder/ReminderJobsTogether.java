package org.childrenscomplaints.command.complaint.reminder;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.jobrunr.jobs.JobId;
import org.jobrunr.jobs.details.JobDetailsGenerator;
import org.jobrunr.scheduling.JobBuilder;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.storage.StorageProvider;

import java.util.ArrayList;
import java.util.List;

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

    public ReminderJobsTogether(StorageProvider storageProvider, JobDetailsGenerator jobDetailsGenerator) {
        super(storageProvider, jobDetailsGenerator, List.of());
    }

    @Override
    public JobId create(JobBuilder job) {
        if (!CurrentUnitOfWork.isStarted() || CurrentUnitOfWork.get().phase() != UnitOfWork.Phase.PREPARE_COMMIT) {
            return super.create(job);
        }
        UnitOfWork<?> command = CurrentUnitOfWork.get();
        command.getOrComputeResource(GATHERED, key -> {
            List<JobBuilder> gathered = new ArrayList<>();
            // runs after the deadline manager's own handlers, which are already queued for this phase
            command.onPrepareCommit(preparing -> super.create(gathered.stream()));
            return gathered;
        }).add(job);
        return null;
    }
}
