package org.childrenscomplaints.query.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Sends what is due in the outbox, one delivery at a time, each leased first so no other
 * dispatcher sends it meanwhile, and recorded as soon as the relay has accepted it: the one moment
 * a mail can go twice is a crash between the two (ADR 0010). A failure is recorded with its reason
 * and tried again later, ever later, until the relay takes it.
 */
@Component
public class MailDispatcher {

    /** A tick ends after this many, so a large backlog cannot hold the scheduler's thread for long. */
    static final int MAILS_PER_TICK = 200;

    private static final Logger LOG = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int REASON_LENGTH = 500;

    private final Outbox outbox;
    private final MailTemplates templates;
    private final Mailer mailer;
    private final NotificationSettings settings;
    private final Clock clock;

    public MailDispatcher(Outbox outbox, MailTemplates templates, Mailer mailer, NotificationSettings settings,
                          Clock clock) {
        this.outbox = outbox;
        this.templates = templates;
        this.mailer = mailer;
        this.settings = settings;
        this.clock = clock;
    }

    public void dispatchDue() {
        for (int i = 0; i < MAILS_PER_TICK; i++) {
            Optional<Delivery> due = outbox.leaseNextDue(clock.instant(), settings.sendingLease());
            if (due.isEmpty()) {
                return;
            }
            dispatch(due.get());
        }
    }

    private void dispatch(Delivery delivery) {
        try {
            DeliveryStatus how = mailer.send(delivery.id(), templates.mailFor(delivery, LocalDate.now(clock)));
            outbox.delivered(delivery, how, clock.instant());
        } catch (Exception failure) {
            int failures = delivery.attempts() + 1;
            Instant retryAt = settings.retryAt(failures, clock.instant());
            String reason = reason(failure);
            outbox.failed(delivery, reason, retryAt);
            LOG.warn("Mail {} to {} failed (attempt {}); next attempt at {}: {}", delivery.id(), delivery.email(),
                    failures, retryAt, reason);
        }
    }

    /** The failure and what caused it, e.g. the relay refusing the connection, short enough to show in a list. */
    private static String reason(Throwable failure) {
        StringBuilder reason = new StringBuilder(String.valueOf(failure.getMessage()));
        for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !reason.toString().contains(cause.getMessage())) {
                reason.append(" (").append(cause.getMessage()).append(')');
            }
        }
        return reason.length() <= REASON_LENGTH ? reason.toString() : reason.substring(0, REASON_LENGTH - 3) + "...";
    }
}
