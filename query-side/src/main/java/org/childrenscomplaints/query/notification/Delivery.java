package org.childrenscomplaints.query.notification;

import org.childrenscomplaints.query.notification.OrganisationDirectory.Person;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One mail to one person, in the outbox: written once, with an id derived from what it is about
 * (the reminder's event and the person; the person and the day for a digest), so an event handled
 * again or a digest made again by another instance or after a restart adds nothing. It holds no
 * personal data: case references, dates, and staff ids and work addresses.
 *
 * @param recipient the person's id in the directory, or the role nobody fills (NO_ADDRESS)
 * @param reminder  for a reminder; null for a digest
 * @param digest    for a digest (on {@code digestDate}); empty for a reminder
 */
@Document("notification_outbox")
@CompoundIndex(name = "due", def = "{'status': 1, 'nextAttemptAt': 1}")
public record Delivery(@Id String id, Kind kind, String recipient, String email, List<ChainRole> roles,
                       DeliveryStatus status, int attempts, String lastError, Instant createdAt,
                       Instant nextAttemptAt, Instant sentAt, ReminderNotice reminder, LocalDate digestDate,
                       List<DigestLine> digest) {

    public enum Kind {REMINDER, DIGEST}

    public Delivery {
        roles = roles == null ? List.of() : List.copyOf(roles);
        digest = digest == null ? List.of() : List.copyOf(digest);
    }

    static Delivery reminder(String eventId, Addressee addressee, ReminderNotice notice, Instant now) {
        DeliveryStatus status = !addressee.addressed() ? DeliveryStatus.NO_ADDRESS
                : addressee.digest() ? DeliveryStatus.IN_DIGEST : DeliveryStatus.PENDING;
        return new Delivery(eventId + "/" + addressee.key(), Kind.REMINDER,
                addressee.personId() != null ? addressee.personId() : addressee.key(), addressee.email(),
                addressee.roles(), status, 0, addressee.unaddressed(), now, now, null, notice, null, List.of());
    }

    static Delivery digest(Person person, LocalDate day, List<DigestLine> lines, Instant now) {
        return new Delivery(digestId(person.id(), day), Kind.DIGEST, person.id(), person.email(), List.of(),
                DeliveryStatus.PENDING, 0, null, now, now, null, null, day, lines);
    }

    static String digestId(String personId, LocalDate day) {
        return "digest/" + personId + "/" + day;
    }
}
