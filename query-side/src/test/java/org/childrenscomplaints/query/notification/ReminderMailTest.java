package org.childrenscomplaints.query.notification;

import org.bson.Document;
import org.childrenscomplaints.api.comment.CommentAllocatedEvent;
import org.childrenscomplaints.api.comment.CommentReceivedEvent;
import org.childrenscomplaints.api.complaint.Channel;
import org.childrenscomplaints.api.complaint.ComplaintAllocatedEvent;
import org.childrenscomplaints.api.complaint.ReminderFiredEvent;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.query.notification.MailRelay.Received;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childrenscomplaints.api.complaint.ClockType.ACKNOWLEDGEMENT;
import static org.childrenscomplaints.api.complaint.ClockType.RESPONSE;
import static org.childrenscomplaints.api.complaint.ReminderLevel.APPROACHING;
import static org.childrenscomplaints.api.complaint.ReminderLevel.EARLY;
import static org.childrenscomplaints.api.complaint.ReminderLevel.ESCALATED;
import static org.childrenscomplaints.api.complaint.ReminderLevel.OVERDUE;
import static org.childrenscomplaints.query.notification.NotificationFixture.ALLOCATED;
import static org.childrenscomplaints.query.notification.NotificationFixture.DIRECTOR;
import static org.childrenscomplaints.query.notification.NotificationFixture.HEAD_OF_SERVICE;
import static org.childrenscomplaints.query.notification.NotificationFixture.SERVICE_MANAGER;
import static org.childrenscomplaints.query.notification.NotificationFixture.TEAM_MANAGER;
import static org.childrenscomplaints.query.notification.NotificationFixture.address;

/** Reminders from the notifier through the outbox to a real SMTP server (GreenMail, in process). */
class ReminderMailTest {

    private static final LocalDate ACKNOWLEDGEMENT_DUE = LocalDate.of(2026, 4, 7);
    private static final LocalDate RESPONSE_DUE = LocalDate.of(2026, 4, 15);

    private final MailRelay relay = new MailRelay();
    private final NotificationFixture app = new NotificationFixture(relay.sender());

    @AfterEach
    void stop() {
        app.close();
        relay.close();
    }

    @Test
    void eachLevelReachesThePeopleTheActionPlanNames() {
        UUID complaint = app.allocatedComplaint("ST-2026-0001");
        app.fire("early", complaint, EARLY, RESPONSE, RESPONSE_DUE);
        app.fire("approaching", complaint, APPROACHING, RESPONSE, RESPONSE_DUE);
        app.fire("overdue", complaint, OVERDUE, ACKNOWLEDGEMENT, ACKNOWLEDGEMENT_DUE);
        app.fire("escalated", complaint, ESCALATED, ACKNOWLEDGEMENT, ACKNOWLEDGEMENT_DUE);

        app.dispatcher.dispatchDue();

        assertThat(levelsMailedTo(ALLOCATED)).containsExactlyInAnyOrder("Reminder", "Due soon", "Overdue");
        assertThat(levelsMailedTo(SERVICE_MANAGER)).containsExactlyInAnyOrder("Due soon", "Overdue");
        assertThat(levelsMailedTo(HEAD_OF_SERVICE)).containsExactly("Overdue");
        assertThat(levelsMailedTo(DIRECTOR)).containsExactly("Escalated");
        assertThat(levelsMailedTo(TEAM_MANAGER)).isEmpty();
        assertThat(relay.received()).hasSize(7);
        assertThat(app.deliveries()).hasSize(7).allSatisfy(delivery -> {
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(delivery.attempts()).isEqualTo(1);
        });
    }

    @Test
    void aStageNobodyIsAllocatedToIsTheTeamManagers() {
        UUID complaint = app.allocatedComplaint("ST-2026-0002");
        app.deliver(new ComplaintAllocatedEvent(complaint,
                Stage.STAGE_1, "someone.unknown", null, null, null));
        app.fire("early", complaint, EARLY, RESPONSE, RESPONSE_DUE);

        app.dispatcher.dispatchDue();

        assertThat(levelsMailedTo(TEAM_MANAGER)).containsExactly("Reminder");
        assertThat(relay.received()).hasSize(1);
    }

    @Test
    void aCommentsRemindersGoToTheManagerItWasForwardedTo() {
        UUID comment = UUID.randomUUID();
        app.deliver(new CommentReceivedEvent(comment, "CM-2026-0001", LocalDate.of(2026, 4, 1), Channel.EMAIL, "CIC",
                NotificationFixture.TEAM, NotificationFixture.SUMMARY, NotificationFixture.COMPLAINANT,
                ACKNOWLEDGEMENT_DUE, RESPONSE_DUE));
        app.deliver(new CommentAllocatedEvent(comment, ALLOCATED, "Alex Manager", null));
        app.fire("approaching", comment, APPROACHING, RESPONSE, RESPONSE_DUE);

        app.dispatcher.dispatchDue();

        assertThat(relay.receivedBy(address(ALLOCATED))).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).startsWith("Due soon: CM-2026-0001 Stage 1 response");
            assertThat(mail.text()).contains("Comment, Stage 1");
        });
        assertThat(levelsMailedTo(SERVICE_MANAGER)).containsExactly("Due soon");
    }

    @Test
    void aReminderHandledAgainIsNotMailedAgain() {
        UUID complaint = app.allocatedComplaint("ST-2026-0003");
        app.fire("approaching", complaint, APPROACHING, RESPONSE, RESPONSE_DUE);
        app.dispatcher.dispatchDue();

        // the processor handing the same event over again: after a crash, a reset of its position, a replay
        app.fire("approaching", complaint, APPROACHING, RESPONSE, RESPONSE_DUE);
        app.clock.advance(Duration.ofHours(1));
        app.dispatcher.dispatchDue();

        assertThat(relay.received()).hasSize(2);
        assertThat(app.deliveries()).hasSize(2);
    }

    @Test
    void remindersFiredBeforeNotificationsBeganAreNeverMailed() {
        UUID complaint = app.allocatedComplaint("ST-2026-0004");
        app.deliver(new ReminderFiredEvent(complaint,
                        Stage.STAGE_1, RESPONSE, OVERDUE, RESPONSE_DUE),
                "long-ago", app.clock.instant().minus(Duration.ofDays(400)));

        app.dispatcher.dispatchDue();

        assertThat(app.deliveries()).isEmpty();
        assertThat(relay.received()).isEmpty();
    }

    @Test
    void aRelayThatIsDownDelaysTheMailWithLongerAndLongerWaitsAndLosesNone() {
        relay.stop();
        UUID complaint = app.allocatedComplaint("ST-2026-0005");
        app.fire("approaching", complaint, APPROACHING, RESPONSE, RESPONSE_DUE);

        app.dispatcher.dispatchDue();

        Instant firstFailure = app.clock.instant();
        assertThat(app.deliveries()).hasSize(2).allSatisfy(delivery -> {
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(delivery.attempts()).isEqualTo(1);
            assertThat(delivery.lastError()).containsIgnoringCase("connect");
            assertThat(delivery.nextAttemptAt()).isEqualTo(firstFailure.plus(Duration.ofMinutes(1)));
        });

        app.clock.advance(Duration.ofSeconds(30));
        app.dispatcher.dispatchDue();
        assertThat(app.deliveries()).allSatisfy(delivery -> assertThat(delivery.attempts()).isEqualTo(1));

        app.clock.advance(Duration.ofSeconds(30));
        app.dispatcher.dispatchDue();
        Instant secondFailure = app.clock.instant();
        assertThat(app.deliveries()).allSatisfy(delivery -> {
            assertThat(delivery.attempts()).isEqualTo(2);
            assertThat(delivery.nextAttemptAt()).isEqualTo(secondFailure.plus(Duration.ofMinutes(2)));
        });

        relay.start();
        app.clock.advance(Duration.ofMinutes(2));
        app.dispatcher.dispatchDue();
        app.clock.advance(Duration.ofHours(1));
        app.dispatcher.dispatchDue();

        assertThat(app.deliveries()).allSatisfy(delivery -> {
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(delivery.attempts()).isEqualTo(3);
        });
        assertThat(levelsMailedTo(ALLOCATED)).containsExactly("Due soon");
        assertThat(levelsMailedTo(SERVICE_MANAGER)).containsExactly("Due soon");
    }

    @Test
    void aMailSentTwiceCarriesTheSameMessageIdSoMailSystemsCanShowItOnce() throws Exception {
        Mailer mailer = new Mailer(relay.sender(), NotificationFixture.SETTINGS);
        Mail mail = new Mail(address(DIRECTOR), "Escalated: ST-2026-0001", "text", "<p>html</p>");

        mailer.send("event-1/d.director", mail);
        mailer.send("event-1/d.director", mail);
        mailer.send("event-2/d.director", mail);

        assertThat(relay.received()).extracting(Received::messageId).satisfies(ids -> {
            assertThat(ids.get(0)).matches("<[0-9a-f]{32}@example\\.gov\\.uk>").isEqualTo(ids.get(1));
            assertThat(ids.get(2)).isNotEqualTo(ids.get(0));
        });
        assertThat(relay.received()).extracting(Received::autoSubmitted).containsOnly("auto-generated");
    }

    @Test
    void theWaitBetweenAttemptsDoublesUpToItsCap() {
        Instant now = Instant.parse("2026-04-09T08:00:00Z");
        NotificationSettings settings = NotificationFixture.SETTINGS;

        assertThat(settings.retryAt(1, now)).isEqualTo(now.plus(Duration.ofMinutes(1)));
        assertThat(settings.retryAt(2, now)).isEqualTo(now.plus(Duration.ofMinutes(2)));
        assertThat(settings.retryAt(3, now)).isEqualTo(now.plus(Duration.ofMinutes(4)));
        assertThat(settings.retryAt(50, now)).isEqualTo(now.plus(Duration.ofMinutes(4)));
    }

    @Test
    void aMailSaysWhatIsDueWhenAndWhatToDoWithALinkAndNothingAboutThePeopleInTheCase() {
        UUID complaint = app.allocatedComplaint("ST-2026-0006");
        app.fire("overdue", complaint, OVERDUE, ACKNOWLEDGEMENT, ACKNOWLEDGEMENT_DUE);

        app.dispatcher.dispatchDue();

        Received mail = relay.receivedBy(address(ALLOCATED)).get(0);
        assertThat(mail.from()).isEqualTo("complaints@example.gov.uk");
        assertThat(mail.subject()).isEqualTo(
                "Overdue: ST-2026-0006 acknowledgement due Tuesday 7 April 2026 (2 working days overdue)");
        for (String part : new String[]{mail.text(), mail.html()}) {
            assertThat(part).contains("ST-2026-0006", "Statutory complaint (Children Act 1989)", "Stage 1",
                    "acknowledgement", "Tuesday 7 April 2026", "2 working days overdue", "Record a delay reason now",
                    "https://complaints.example.gov.uk/cases/ST-2026-0006");
        }
        assertThat(mail.all()).doesNotContain("Zebedee", "Quixote", "zebedee.qm", "07700", "Unlikely Lane",
                "Placement", "Xanthippe", "Ambleside", "Alex Manager");
        String outbox = app.mongo.template().getCollection("notification_outbox").find()
                .map(Document::toJson).into(new ArrayList<>()).toString()
                + app.mongo.template().getCollection("notification_cases").find()
                .map(Document::toJson).into(new ArrayList<>());
        assertThat(outbox).contains("ST-2026-0006").doesNotContain("Zebedee", "Quixote", "zebedee.qm", "07700",
                "Unlikely Lane", "Placement", "Xanthippe", "Alex Manager");
    }

    @Test
    void withNoMailServerEachMailIsLoggedAndRecorded() {
        try (NotificationFixture embedded = new NotificationFixture(null)) {
            UUID complaint = embedded.allocatedComplaint("ST-2026-0007");
            embedded.fire("early", complaint, EARLY, RESPONSE, RESPONSE_DUE);

            embedded.dispatcher.dispatchDue();

            assertThat(embedded.deliveries()).singleElement().satisfies(delivery -> {
                assertThat(delivery.status()).isEqualTo(DeliveryStatus.LOGGED);
                assertThat(delivery.sentAt()).isEqualTo(embedded.clock.instant());
            });
        }
    }

    private List<String> levelsMailedTo(String personId) {
        return relay.receivedBy(address(personId)).stream().map(mail -> mail.subject().split(":")[0]).toList();
    }
}
