package org.childrenscomplaints.query.notification;

import org.childrenscomplaints.api.complaint.ClockType;
import org.childrenscomplaints.api.complaint.ReminderLevel;
import org.childrenscomplaints.api.complaint.Stage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One notification as the complaints team's administrators see it: to whom, about what, and what
 * became of it. {@code reference} to {@code dueDate} describe a reminder; {@code digestDate} and
 * {@code clocks} a digest.
 */
public record DeliveryView(String id, Delivery.Kind kind, String recipient, String email, List<ChainRole> roles,
                           String reference, Stage stage, ClockType clock, ReminderLevel level, LocalDate dueDate,
                           LocalDate digestDate, Integer clocks, DeliveryStatus status, int attempts, String lastError,
                           Instant createdAt, Instant nextAttemptAt, Instant sentAt) {

    static DeliveryView of(Delivery delivery) {
        ReminderNotice notice = delivery.reminder();
        boolean waiting = DeliveryStatus.TO_SEND.contains(delivery.status());
        return new DeliveryView(delivery.id(), delivery.kind(), delivery.recipient(), delivery.email(), delivery.roles(),
                notice == null ? null : notice.reference(), notice == null ? null : notice.stage(),
                notice == null ? null : notice.clock(), notice == null ? null : notice.level(),
                notice == null ? null : notice.dueDate(), delivery.digestDate(),
                notice == null ? delivery.digest().size() : null, delivery.status(), delivery.attempts(),
                delivery.lastError(), delivery.createdAt(), waiting ? delivery.nextAttemptAt() : null, delivery.sentAt());
    }
}
