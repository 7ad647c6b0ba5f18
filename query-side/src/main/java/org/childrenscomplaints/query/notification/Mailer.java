package org.childrenscomplaints.query.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Hands a mail to the council's relay (Spring's {@code spring.mail.*}); with no relay configured
 * (the embedded default) writes it to the log instead, so it is still seen and accounted for.
 * A mail holds no personal data, so its subject and recipient may be logged.
 */
@Component
public class Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);

    private final JavaMailSender relay;
    private final String from;
    private final String domain;

    @Autowired
    public Mailer(ObjectProvider<JavaMailSender> relay, NotificationSettings settings) {
        this(relay.getIfAvailable(), settings);
    }

    Mailer(JavaMailSender relay, NotificationSettings settings) {
        this.relay = relay;
        this.from = settings.from();
        String address = settings.fromAddress().getAddress();
        this.domain = address.substring(address.indexOf('@') + 1);
    }

    /**
     * @param deliveryId the outbox entry the mail is for: its Message-ID is derived from it, so should the
     *                   mail ever go twice (ADR 0010), mail systems that drop repeated Message-IDs show it once
     * @return SENT once the relay accepted it, LOGGED with no relay; throws when the relay refused or could not be reached
     */
    public DeliveryStatus send(String deliveryId, Mail mail) throws MessagingException {
        if (relay == null) {
            LOG.info("Notification (no mail server configured, spring.mail.host) to {}: {}", mail.to(), mail.subject());
            return DeliveryStatus.LOGGED;
        }
        MimeMessage message = new SameIdEachTime(relay.createMimeMessage().getSession(), messageId(deliveryId));
        MimeMessageHelper parts = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        parts.setFrom(from);
        parts.setTo(mail.to());
        parts.setSubject(mail.subject());
        parts.setText(mail.text(), mail.html());
        // RFC 3834: out-of-office and other automatic replies are not sent back to a machine
        message.setHeader("Auto-Submitted", "auto-generated");
        relay.send(message);
        return DeliveryStatus.SENT;
    }

    private String messageId(String deliveryId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(deliveryId.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(digest, 0, 16) + "@" + domain + ">";
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }

    /** JavaMail gives every message a new random Message-ID when it is sent; this one keeps its own. */
    private static final class SameIdEachTime extends MimeMessage {

        private final String messageId;

        SameIdEachTime(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
