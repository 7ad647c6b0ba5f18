package org.childrenscomplaints.command.complaint.reminder;

import org.jobrunr.jobs.details.JobDetailsGenerator;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.spring.autoconfigure.JobRunrProperties;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.utils.reflection.ReflectionUtils;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JobRunr's scheduler as its Spring Boot starter makes it, but storing a command's reminders together
 * and reading Axon's deadline lambdas without ASM.
 */
@Configuration
public class ReminderJobsConfiguration {

    @Bean
    @ConditionalOnProperty(prefix = "jobrunr.job-scheduler", name = "enabled", havingValue = "true", matchIfMissing = true)
    public JobScheduler jobScheduler(StorageProvider storageProvider, JobRunrProperties jobRunr) {
        JobDetailsGenerator details = ReflectionUtils.newInstance(jobRunr.getJobScheduler().getJobDetailsGenerator());
        return new ReminderJobsTogether(storageProvider, new DeadlineJobDetails(details));
    }
}
