package org.childrenscomplaints.query.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

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

    @Autowired
    public Mailer(ObjectProvider<JavaMailSender> relay, NotificationSettings settings) {
        this(relay.getIfAvailable(), settings);
    }

    Mailer(JavaMailSender relay, NotificationSettings settings) {
        this.relay = relay;
        this.from = settings.from();
    }

    /** @return SENT once the relay accepted it, LOGGED with no relay; throws when the relay refused or could not be reached */
    public DeliveryStatus send(Mail mail) throws MessagingException {
        if (relay == null) {
            LOG.info("Notification (no mail server configured, spring.mail.host) to {}: {}", mail.to(), mail.subject());
            return DeliveryStatus.LOGGED;
        }
        MimeMessage message = relay.createMimeMessage();
        MimeMessageHelper parts = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        parts.setFrom(from);
        parts.setTo(mail.to());
        parts.setSubject(mail.subject());
        parts.setText(mail.text(), mail.html());
        relay.send(message);
        return DeliveryStatus.SENT;
    }
}
