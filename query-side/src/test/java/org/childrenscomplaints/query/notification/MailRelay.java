package org.childrenscomplaints.query.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * A council's mail relay, in process (GreenMail), on a port of its own that it keeps across a stop
 * and a start, so a test can take the relay down and bring it back under the same address.
 */
public final class MailRelay implements AutoCloseable {

    private final int port = freePort();
    private GreenMail server;

    public MailRelay() {
        start();
    }

    public int port() {
        return port;
    }

    public void start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
        server.start();
    }

    public void stop() {
        server.stop();
    }

    /**
     * A sender as Spring Boot makes one from {@code spring.mail.host/port}. Its timeouts leave room
     * for a busy machine: a reply read too late fails a mail the relay has taken, and the outbox
     * sends it again (2 s did, beside a benchmark), while a stopped relay refuses at once anyway.
     */
    public JavaMailSenderImpl sender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "30000");
        properties.put("mail.smtp.timeout", "30000");
        sender.setJavaMailProperties(properties);
        return sender;
    }

    public List<Received> received() {
        return Arrays.stream(server.getReceivedMessages()).map(Received::of).toList();
    }

    public List<Received> receivedBy(String address) {
        return received().stream().filter(mail -> mail.to().equals(address)).toList();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** A mail as the relay took it: to one address, with its plain-text and HTML parts. */
    public record Received(String to, String from, String subject, String text, String html, String messageId,
                           String autoSubmitted) {

        static Received of(MimeMessage message) {
            try {
                String[] parts = new String[2];
                collect(message, parts);
                return new Received(message.getRecipients(Message.RecipientType.TO)[0].toString(),
                        message.getFrom()[0].toString(), message.getSubject(), parts[0], parts[1],
                        message.getMessageID(), message.getHeader("Auto-Submitted", null));
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException("An unreadable mail", e);
            }
        }

        private static void collect(Part part, String[] parts) throws MessagingException, IOException {
            if (part.isMimeType("text/plain")) {
                parts[0] = (String) part.getContent();
            } else if (part.isMimeType("text/html")) {
                parts[1] = (String) part.getContent();
            } else if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart body = multipart.getBodyPart(i);
                    collect(body, parts);
                }
            }
        }

        public String all() {
            return subject + "\n" + text + "\n" + html;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
