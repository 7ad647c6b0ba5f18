package org.childrenscomplaints.command;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.childrenscomplaints.api.calendar.WorkingDayCalendar;
import org.childrenscomplaints.api.security.CallerMetadata;
import org.childrenscomplaints.command.policy.CommentPolicy;
import org.childrenscomplaints.command.policy.ComplaintRules;
import org.childrenscomplaints.command.policy.ProcedurePolicies;
import org.childrenscomplaints.command.policy.ReferenceData;
import org.childrenscomplaints.command.policy.ReminderLadder;
import org.childrenscomplaints.command.policy.ReviewPanelTimetable;
import org.childrenscomplaints.command.retry.CommandRetries;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The command side's configuration, the same whichever process it runs in. */
@Configuration
@EnableConfigurationProperties({ProcedurePolicies.class, ReviewPanelTimetable.class, ReferenceData.class,
        ReminderLadder.class, CommentPolicy.class})
public class CommandSideConfiguration {

    @Bean
    public ComplaintRules complaintRules(ProcedurePolicies policies, ReviewPanelTimetable reviewPanel,
                                         ReferenceData referenceData, ReminderLadder reminders,
                                         WorkingDayCalendar calendar, Clock clock) {
        return new ComplaintRules(policies, reviewPanel, referenceData, reminders, calendar, clock);
    }

    @Bean
    public CommandRetries commandRetries() {
        return new CommandRetries();
    }

    /**
     * Every command carries who sent it, so its events record who did it: added here, on the
     * sender's thread where the caller is known, not on the bus, which a retry dispatches to from
     * a thread of its own.
     */
    @Bean
    public CommandGateway commandGateway(CommandBus commandBus, CallerMetadata callerMetadata, CommandRetries retries) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .dispatchInterceptors(callerMetadata)
                .retryScheduler(retries.scheduler())
                .build();
    }
}
