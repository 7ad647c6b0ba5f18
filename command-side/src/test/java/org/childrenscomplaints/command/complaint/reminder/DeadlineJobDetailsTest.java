package org.childrenscomplaints.command.complaint.reminder;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.deadline.jobrunr.JobRunrDeadlineManager;
import org.axonframework.messaging.ScopeAwareProvider;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.jobrunr.jobs.JobDetails;
import org.jobrunr.jobs.JobId;
import org.jobrunr.jobs.details.JobDetailsAsmGenerator;
import org.jobrunr.jobs.details.JobDetailsGenerator;
import org.jobrunr.jobs.lambdas.JobLambda;
import org.jobrunr.jobs.mappers.JobMapper;
import org.jobrunr.scheduling.JobBuilder;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.storage.InMemoryStorageProvider;
import org.jobrunr.utils.mapper.jackson3.Jackson3JsonMapper;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineJobDetailsTest {

    private final List<JobBuilder> handedOver = new ArrayList<>();
    private final JobDetailsGenerator neverAsked = new JobDetailsAsmGenerator() {
        @Override
        public JobDetails toJobDetails(JobLambda lambda) {
            throw new AssertionError("JobRunr's generator asked for " + lambda);
        }
    };

    @Test
    void axonsDeadlineJobsGetTheDetailsJobRunrWouldReadFromTheirBytecodeWithoutReadingIt() {
        String reminderId = deadlineManager().schedule(Instant.parse("2026-12-07T09:00:00Z"), "reminder",
                "EARLY", new AggregateScopeDescriptor("Complaint", "ST-2026-0001"));

        JobDetails fromBytecode = storedWith(new JobDetailsAsmGenerator(), reminderId);
        JobDetails read = storedWith(new DeadlineJobDetails(neverAsked), reminderId);

        assertThat(read.getClassName()).isEqualTo(JobRunrDeadlineManager.class.getName())
                .isEqualTo(fromBytecode.getClassName());
        assertThat(read.getStaticFieldName()).isEqualTo(fromBytecode.getStaticFieldName());
        assertThat(read.getMethodName()).isEqualTo(fromBytecode.getMethodName());
        assertThat(parameters(read)).isEqualTo(parameters(fromBytecode)).hasSize(2);
        assertThat(parameters(read).get(1)).endsWith(reminderId);
    }

    @Test
    void anyOtherJobIsLeftToJobRunr() {
        String text = "not a deadline";
        JobLambda job = () -> System.out.println(text);
        List<JobDetails> asked = new ArrayList<>();
        DeadlineJobDetails details = new DeadlineJobDetails(new JobDetailsAsmGenerator() {
            @Override
            public JobDetails toJobDetails(JobLambda lambda) {
                JobDetails jobRunrs = super.toJobDetails(lambda);
                asked.add(jobRunrs);
                return jobRunrs;
            }
        });

        assertThat(details.toJobDetails(job)).isSameAs(asked.get(0));
    }

    @Test
    void aSubclassOfAxonsManagerIsLeftToJobRunrWhichNamesTheSubclass() {
        JobRunrDeadlineManager subclass = new JobRunrDeadlineManager(deadlineManagerBuilder()) {
        };
        String reminderId = subclass.schedule(Instant.parse("2026-12-07T09:00:00Z"), "reminder",
                "EARLY", new AggregateScopeDescriptor("Complaint", "ST-2026-0001"));

        assertThat(storedWith(new DeadlineJobDetails(new JobDetailsAsmGenerator()), reminderId).getClassName())
                .isEqualTo(subclass.getClass().getName());
    }

    private JobRunrDeadlineManager deadlineManager() {
        return deadlineManagerBuilder().build();
    }

    private JobRunrDeadlineManager.Builder deadlineManagerBuilder() {
        JobScheduler handing = new JobScheduler(new InMemoryStorageProvider()) {
            @Override
            public JobId create(JobBuilder job) {
                handedOver.add(job);
                return null;
            }
        };
        ScopeAwareProvider noScopes = scope -> Stream.empty();
        return JobRunrDeadlineManager.builder()
                .jobScheduler(handing)
                .scopeAwareProvider(noScopes)
                .serializer(Jackson3Serializer.builder().build())
                .transactionManager(NoTransactionManager.INSTANCE);
    }

    private JobDetails storedWith(JobDetailsGenerator generator, String jobId) {
        InMemoryStorageProvider storage = new InMemoryStorageProvider();
        storage.setJobMapper(new JobMapper(new Jackson3JsonMapper()));
        new JobScheduler(storage, generator, List.of()).create(handedOver.get(0));
        return storage.getJobById(UUID.fromString(jobId)).getJobDetails();
    }

    private static List<String> parameters(JobDetails details) {
        return details.getJobParameters().stream()
                .map(parameter -> parameter.getClassName() + " " + parameter.getActualClassName() + " " + parameter.getObject())
                .toList();
    }
}
