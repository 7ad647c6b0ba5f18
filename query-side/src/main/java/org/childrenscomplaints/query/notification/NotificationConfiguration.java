package org.childrenscomplaints.query.notification;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Reminders by mail, on the query side (it owns MongoDB, where the outbox lives beside the
 * notifier's position): one notifier processor, and a dispatcher that every instance may run,
 * because each mail is leased before it is sent.
 */
@Configuration
@EnableScheduling
@EnableConfigurationProperties({OrganisationDirectory.class, NotificationSettings.class})
public class NotificationConfiguration {

    /** One segment: the reminders are written by one instance, in the order they fired. */
    @Autowired
    public void oneNotifier(EventProcessingConfigurer processing) {
        processing.registerPooledStreamingEventProcessorConfiguration(ReminderNotifier.PROCESSING_GROUP,
                (configuration, processor) -> processor.initialSegmentCount(1));
    }
}
