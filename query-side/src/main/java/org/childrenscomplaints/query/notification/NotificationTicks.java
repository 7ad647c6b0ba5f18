package org.childrenscomplaints.query.notification;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/** Every {@code dispatch-every}: the day's digests, if due, then whatever the outbox holds to send. */
@Component
public class NotificationTicks implements SchedulingConfigurer {

    private final DigestMaker digests;
    private final MailDispatcher dispatcher;
    private final NotificationSettings settings;

    public NotificationTicks(DigestMaker digests, MailDispatcher dispatcher, NotificationSettings settings) {
        this.digests = digests;
        this.dispatcher = dispatcher;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(() -> {
            digests.makeDue();
            dispatcher.dispatchDue();
        }, settings.dispatchEvery());
    }
}
