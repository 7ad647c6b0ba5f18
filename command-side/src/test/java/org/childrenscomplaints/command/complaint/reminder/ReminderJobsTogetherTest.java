package org.childrenscomplaints.command.complaint.reminder;

import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.details.CachingJobDetailsGenerator;
import org.jobrunr.jobs.mappers.JobMapper;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.scheduling.JobBuilder;
import org.jobrunr.storage.InMemoryStorageProvider;
import org.jobrunr.utils.mapper.jackson3.Jackson3JsonMapper;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderJobsTogetherTest {

    /** The jobs each call to the storage stored, in the order of the calls. */
    private final List<Integer> storedPerCall = new ArrayList<>();
    private final InMemoryStorageProvider storage = new InMemoryStorageProvider() {
        @Override
        public Job save(Job job) {
            storedPerCall.add(1);
            return super.save(job);
        }

        @Override
        public List<Job> save(List<Job> jobs) {
            storedPerCall.add(jobs.size());
            return super.save(jobs);
        }
    };
    private final ReminderJobsTogether scheduler;

    ReminderJobsTogetherTest() {
        storage.setJobMapper(new JobMapper(new Jackson3JsonMapper()));
        scheduler = new ReminderJobsTogether(storage, new CachingJobDetailsGenerator());
    }

    @Test
    void aCommandsRemindersAreStoredTogetherBeforeItsCommitAndNotBeforeItsLastIsHandedOver() {
        List<Long> storedAfterEachHandover = new ArrayList<>();
        List<Long> storedAtCommit = new ArrayList<>();
        UnitOfWork<?> command = DefaultUnitOfWork.startAndGet(null);
        for (int rung = 0; rung < 3; rung++) {
            // as Axon's deadline manager hands them over: each from a handler of the commit's preparation
            command.onPrepareCommit(preparing -> {
                scheduler.create(reminder());
                storedAfterEachHandover.add(stored());
            });
        }
        command.onCommit(committing -> storedAtCommit.add(stored()));

        command.commit();

        assertThat(storedAfterEachHandover).containsExactly(0L, 0L, 0L);
        assertThat(storedAtCommit).containsExactly(3L);
        assertThat(storedPerCall).containsExactly(3);
    }

    @Test
    void aReminderSetAndCalledOffInOneCommandIsStoredAndThenDeletedAsBefore() {
        UUID reminder = UUID.randomUUID();
        UnitOfWork<?> command = DefaultUnitOfWork.startAndGet(null);
        command.onPrepareCommit(preparing -> scheduler.create(reminder(reminder)));
        command.onPrepareCommit(preparing -> scheduler.delete(reminder, "its clock was closed"));

        command.commit();

        assertThat(storage.getJobById(reminder).getState()).isEqualTo(StateName.DELETED);
    }

    @Test
    void aReminderHandedOverAfterTheGatheringWasStoredIsStoredToo() {
        UnitOfWork<?> command = DefaultUnitOfWork.startAndGet(null);
        command.onPrepareCommit(preparing -> {
            scheduler.create(reminder());
            // queued behind the gathering's own handler, as a handler added late in the phase would be
            preparing.onPrepareCommit(late -> scheduler.create(reminder()));
        });

        command.commit();

        assertThat(stored()).isEqualTo(2);
        assertThat(storedPerCall).containsExactly(1, 1);
    }

    @Test
    void remindersCalledOffAreDeletedOnceTheCommandsEventsAreStoredAndNotBefore() {
        UUID reminder = UUID.randomUUID();
        scheduler.create(reminder(reminder));
        List<StateName> atCommit = new ArrayList<>();
        UnitOfWork<?> command = DefaultUnitOfWork.startAndGet(null);
        command.onPrepareCommit(preparing -> scheduler.delete(reminder, "its clock was closed"));
        command.onCommit(committing -> atCommit.add(storage.getJobById(reminder).getState()));

        command.commit();

        assertThat(atCommit).containsExactly(StateName.SCHEDULED);
        assertThat(storage.getJobById(reminder).getState()).isEqualTo(StateName.DELETED);
    }

    @Test
    void aCommandThatFailsKeepsTheRemindersItCalledOff() {
        UUID reminder = UUID.randomUUID();
        scheduler.create(reminder(reminder));
        UnitOfWork<?> command = DefaultUnitOfWork.startAndGet(null);
        command.onPrepareCommit(preparing -> scheduler.delete(reminder, "acknowledged"));
        command.onPrepareCommit(preparing -> {
            throw new IllegalStateException("the events could not be stored");
        });

        try {
            command.commit();
        } catch (IllegalStateException expected) {
            // the command's failure, as the caller would see it
        }

        assertThat(storage.getJobById(reminder).getState()).isEqualTo(StateName.SCHEDULED);
    }

    @Test
    void aJobOutsideACommandIsStoredAtOnce() {
        assertThat(scheduler.create(reminder())).isNotNull();

        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void aCommandThatFailsBeforeItsCommitStoresNoReminders() {
        UnitOfWork<?> command = DefaultUnitOfWork.startAndGet(null);
        command.onPrepareCommit(preparing -> scheduler.create(reminder()));
        command.onPrepareCommit(preparing -> {
            throw new IllegalStateException("the events could not be stored");
        });

        try {
            command.commit();
        } catch (IllegalStateException expected) {
            // the command's failure, as the caller would see it
        }

        assertThat(stored()).isZero();
    }

    private long stored() {
        return storage.countJobs(StateName.SCHEDULED);
    }

    private static JobBuilder reminder() {
        return reminder(UUID.randomUUID());
    }

    private static JobBuilder reminder(UUID id) {
        return JobBuilder.aJob().withId(id).withName("reminder")
                .withDetails(() -> System.out.println("due")).scheduleAt(Instant.now().plusSeconds(3600));
    }
}
