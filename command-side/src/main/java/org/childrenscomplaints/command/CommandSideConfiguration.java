package org.childrenscomplaints.command;

import org.axonframework.commandhandling.CommandBus;
import org.childrenscomplaints.api.calendar.WorkingDayCalendar;
import org.childrenscomplaints.api.security.CallerMetadata;
import org.childrenscomplaints.command.policy.CommentPolicy;
import org.childrenscomplaints.command.policy.ComplaintRules;
import org.childrenscomplaints.command.policy.ProcedurePolicies;
import org.childrenscomplaints.command.policy.ReferenceData;
import org.childrenscomplaints.command.policy.ReminderLadder;
import org.childrenscomplaints.command.policy.ReviewPanelTimetable;
import org.springframework.beans.factory.annotation.Autowired;
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

    /** Every command carries who sent it, so its events record who did it. */
    @Autowired
    public void recordCallers(CommandBus commandBus, CallerMetadata callerMetadata) {
        commandBus.registerDispatchInterceptor(callerMetadata);
    }
}
