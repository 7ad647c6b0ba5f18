package org.childrenscomplaints.standalone;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.childrenscomplaints.query.notification.Mailer;
import org.childrenscomplaints.query.notification.ReminderNotifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reminders mailed by the embedded app to a real SMTP server (GreenMail, in process): to the right
 * person, once, whatever restarts, rebuilds and resets come after; and with no mail server, logged.
 */
class NotificationHttpTest {

    private static final String DIRECTOR = "d.director@example.gov.uk";
    /** Back-dated: both Stage 1 clocks are long overdue, so each fires its ESCALATED reminder at once. */
    private static final String COMPLAINT = """
            {"procedure": "STATUTORY", "receivedOn": "2026-04-02", "channel": "EMAIL",
             "complainant": {"relationship": "PARENT", "name": "Zebedee Quixote-Marchbanks",
                             "email": "zebedee.qm@example.net", "phone": "07700 900123", "address": "1 Unlikely Lane"},
             "serviceArea": "CIC", "team": "Children in Care 1", "issues": ["DELAY"],
             "summary": "Placement breakdown for Xanthippe at the Ambleside home"}
            """;
    private static final List<String> PERSONAL_DATA = List.of("Zebedee", "Quixote", "zebedee.qm", "07700",
            "Unlikely Lane", "Placement", "Xanthippe", "Ambleside");

    @TempDir
    Path dataDir;

    private final int smtpPort = freePort();
    private final GreenMail relay = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp"));

    @AfterEach
    void stopRelay() {
        relay.stop();
    }

    @Test
    void anEscalatedReminderReachesTheDirectorOnceThroughARebuildAResetOfTheNotifierAndARestart() throws Exception {
        relay.start();
        String reference;
        try (ConfigurableApplicationContext app = start(mailTo(smtpPort))) {
            reference = officer(app).postJson("/api/complaints", COMPLAINT).json().path("reference").asString();

            await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo(DIRECTOR).size() == 2);
            for (MimeMessage mail : mailsTo(DIRECTOR)) {
                String whole = mail.getSubject() + GreenMailUtil.getWholeMessage(mail);
                assertThat(mail.getSubject()).startsWith("Escalated: " + reference);
                assertThat(whole).contains("https://complaints.example.gov.uk/cases/" + reference);
                assertThat(whole).doesNotContain(PERSONAL_DATA);
            }
            JsonNode deliveries = admin(app).get("/api/admin/notifications?status=SENT").json();
            assertThat(deliveries.valueStream().map(delivery -> delivery.path("recipient").asString()
                    + " " + delivery.path("reference").asString() + " " + delivery.path("level").asString()
                    + " " + delivery.path("attempts").asInt()))
                    .containsExactly("d.director " + reference + " ESCALATED 1", "d.director " + reference + " ESCALATED 1");

            assertThat(admin(app).post("/api/admin/read-models/rebuild", "application/json", "").status()).isEqualTo(202);
            awaitReadModelsCaughtUp(admin(app));
            resetNotifier(app);
            assertNoMoreMailFor(Duration.ofSeconds(2), 2);
        }

        try (ConfigurableApplicationContext app = start(mailTo(smtpPort))) {
            awaitReadModelsCaughtUp(admin(app));
            assertNoMoreMailFor(Duration.ofSeconds(2), 2);
            assertThat(admin(app).get("/api/admin/notifications").json().size()).isEqualTo(2);
        }
    }

    @Test
    void withNoMailServerTheEmbeddedAppLogsEachNotificationAndRecordsIt() {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger mailer = (Logger) LoggerFactory.getLogger(Mailer.class);
        try (ConfigurableApplicationContext app = start()) {
            // once started: Spring Boot sets logging up afresh as the app starts
            mailer.addAppender(log);
            String reference = officer(app).postJson("/api/complaints", COMPLAINT).json().path("reference").asString();

            await().atMost(Duration.ofSeconds(60)).until(() ->
                    admin(app).get("/api/admin/notifications?status=LOGGED").json().size() == 2);
            List<String> lines = log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
            assertThat(lines).hasSize(2).allSatisfy(line -> {
                assertThat(line).contains(DIRECTOR, "Escalated: " + reference);
                assertThat(line).doesNotContain(PERSONAL_DATA);
            });
            assertThat(admin(app).get("/api/admin/notifications?status=BOUNCED").status()).isEqualTo(400);
            assertThat(admin(app).get("/api/admin/notifications?size=0").status()).isEqualTo(400);
            assertThat(officer(app).get("/api/admin/notifications").status()).isEqualTo(403);
            assertThat(new Http(port(app)).get("/v3/api-docs").json().path("paths").has("/api/admin/notifications")).isTrue();
        } finally {
            mailer.detachAppender(log);
        }
    }

    private ConfigurableApplicationContext start(String... settings) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--complaints.data-dir=" + dataDir,
                "--complaints.demo-data.enabled=false",
                "--jobrunr.background-job-server.poll-interval-in-seconds=5",
                "--complaints.notifications.dispatch-every=200ms",
                "--complaints.notifications.case-link-base=https://complaints.example.gov.uk/cases/",
                "--complaints.directory.director=d.director",
                "--complaints.directory.teams[0].name=Children in Care 1",
                "--complaints.directory.teams[0].team-manager=t.manager",
                "--complaints.directory.teams[0].service-manager=s.manager",
                "--complaints.directory.teams[0].head-of-service=h.service"));
        String[] people = {"d.director", "t.manager", "s.manager", "h.service"};
        for (int i = 0; i < people.length; i++) {
            args.add("--complaints.directory.people[" + i + "].id=" + people[i]);
            args.add("--complaints.directory.people[" + i + "].email=" + people[i] + "@example.gov.uk");
        }
        args.addAll(TestUsers.arguments());
        args.addAll(Arrays.asList(settings));
        return StandaloneApplication.builder().run(args.toArray(String[]::new));
    }

    private static String[] mailTo(int port) {
        return new String[]{"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port};
    }

    /** As an administrator would, by Axon's reset of the processor: the notifier reads every event again. */
    private static void resetNotifier(ConfigurableApplicationContext app) {
        StreamingEventProcessor notifier = app.getBean(EventProcessingConfiguration.class)
                .eventProcessorByProcessingGroup(ReminderNotifier.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow();
        notifier.shutdownAsync().join();
        notifier.resetTokens();
        notifier.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> !notifier.isReplaying()
                && !notifier.processingStatus().isEmpty()
                && notifier.processingStatus().values().stream().allMatch(EventTrackerStatus::isCaughtUp));
    }

    private void assertNoMoreMailFor(Duration duration, int mails) {
        await().during(duration).atMost(duration.plusSeconds(5)).until(() -> relay.getReceivedMessages().length == mails);
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(relay.getReceivedMessages()).filter(mail -> {
            try {
                return mail.getRecipients(Message.RecipientType.TO)[0].toString().equals(address);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static void awaitReadModelsCaughtUp(Http admin) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                admin.get("/api/admin/read-models").json().valueStream().allMatch(model ->
                        model.path("caughtUp").asBoolean() && !model.path("replaying").asBoolean()));
    }

    private static int port(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
    }

    private static Http officer(ConfigurableApplicationContext app) {
        return new Http(port(app)).as(TestUsers.OFFICER);
    }

    private static Http admin(ConfigurableApplicationContext app) {
        return new Http(port(app)).as(TestUsers.ADMIN);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
