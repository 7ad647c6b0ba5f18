package org.childrenscomplaints.query.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code complaints.notifications.*}: how reminders are mailed (the mail relay itself is Spring's
 * {@code spring.mail.*}).
 *
 * @param caseLinkBase    where a case is opened: a mail links to this followed by the case's reference
 * @param from            the sender of every mail
 * @param dispatchEvery   how often the outbox is looked at for mail to send (and digests to make)
 * @param firstRetryAfter the wait after a first failed attempt; it doubles with each failure after it
 * @param maxRetryAfter   the longest wait between attempts: a relay that is down delays mail, it never drops it
 * @param sendingLease    how long a mail being sent is hidden from other dispatchers; longer than the
 *                        SMTP timeouts, so only a dispatcher that died lets another send it again
 * @param digestAt        when (council time) each working day's digests are made and sent
 */
@ConfigurationProperties("complaints.notifications")
public record NotificationSettings(URI caseLinkBase, String from, Duration dispatchEvery, Duration firstRetryAfter,
                                   Duration maxRetryAfter, Duration sendingLease, LocalTime digestAt) {

    public NotificationSettings {
        caseLinkBase = caseLinkBase == null ? URI.create("http://localhost:8080/api/complaints/") : caseLinkBase;
        from = from == null ? "complaints@localhost" : from.strip();
        dispatchEvery = dispatchEvery == null ? Duration.ofSeconds(30) : dispatchEvery;
        firstRetryAfter = firstRetryAfter == null ? Duration.ofMinutes(1) : firstRetryAfter;
        maxRetryAfter = maxRetryAfter == null ? Duration.ofHours(1) : maxRetryAfter;
        sendingLease = sendingLease == null ? Duration.ofMinutes(5) : sendingLease;
        digestAt = digestAt == null ? LocalTime.of(7, 30) : digestAt;
        List<String> problems = problems(caseLinkBase, from, dispatchEvery, firstRetryAfter, maxRetryAfter, sendingLease);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("complaints.notifications cannot be used: " + String.join("; ", problems));
        }
    }

    public static NotificationSettings defaults() {
        return new NotificationSettings(null, null, null, null, null, null, null);
    }

    /** The address of a case in the council's system, by its reference (no personal data in a link). */
    public String caseLink(String reference) {
        String base = caseLinkBase.toString();
        return (base.endsWith("/") ? base : base + "/") + reference;
    }

    /** The sender's address alone, without any display name ({@code from} may be {@code Complaints <complaints@...>}). */
    public InternetAddress fromAddress() {
        try {
            return new InternetAddress(from, true);
        } catch (AddressException checkedAtStartup) {
            throw new IllegalStateException(checkedAtStartup);
        }
    }

    /** When to try again after {@code failedAttempts} failures in all: the first wait, doubled for each failure since, capped. */
    public Instant retryAt(int failedAttempts, Instant now) {
        Duration wait = firstRetryAfter;
        for (int i = 1; i < failedAttempts && wait.compareTo(maxRetryAfter) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return now.plus(wait.compareTo(maxRetryAfter) < 0 ? wait : maxRetryAfter);
    }

    private static List<String> problems(URI caseLinkBase, String from, Duration dispatchEvery,
                                         Duration firstRetryAfter, Duration maxRetryAfter, Duration sendingLease) {
        List<String> problems = new ArrayList<>();
        if (!caseLinkBase.isAbsolute() || !List.of("http", "https").contains(caseLinkBase.getScheme())) {
            problems.add("case-link-base must be an http(s) address, not '" + caseLinkBase + "'");
        }
        try {
            new InternetAddress(from, true).validate();
        } catch (AddressException notAnAddress) {
            problems.add("from must be an e-mail address, not '" + from + "'");
        }
        for (Duration duration : List.of(dispatchEvery, firstRetryAfter, maxRetryAfter, sendingLease)) {
            if (duration.isNegative() || duration.isZero()) {
                problems.add("dispatch-every, first-retry-after, max-retry-after and sending-lease must be positive");
                break;
            }
        }
        if (maxRetryAfter.compareTo(firstRetryAfter) < 0) {
            problems.add("max-retry-after must not be shorter than first-retry-after");
        }
        return problems;
    }
}
