package org.childrenscomplaints.standalone;

import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.ReminderFiredEvent;
import org.childrenscomplaints.api.complaint.RemindersScheduledEvent;
import org.childrenscomplaints.command.policy.ComplaintRules;
import org.childrenscomplaints.command.policy.ReminderLadder.Rung;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A clock's reminders are set one rung at a time (ReminderScheduler): on the real deadline manager, the
 * rung that fires sets the next one, a job of JobRunr's waiting for its day.
 */
class ReminderLadderJobsTest {

    @TempDir
    Path dataDir;

    @Test
    void aReminderThatFiresSetsTheNextRungOfItsClockAsAJob() {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--complaints.data-dir=" + dataDir,
                "--complaints.demo-data.enabled=false", "--jobrunr.background-job-server.poll-interval-in-seconds=5"));
        args.addAll(TestUsers.arguments());
        try (ConfigurableApplicationContext app = StandaloneApplication.builder().run(args.toArray(String[]::new))) {
            ComplaintRules rules = app.getBean(ComplaintRules.class);
            Instant now = rules.clock().instant();
            LocalDate receivedOn = receivedSoLongAgoThatTheAcknowledgementIsLateButNotEscalated(rules, now);
            List<Rung> ladder = acknowledgementLadder(rules, receivedOn, now);
            Http http = new Http(Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port")))
                    .as(TestUsers.OFFICER);

            http.postJson("/api/complaints", Http.complaint("STATUTORY", receivedOn.toString()));

            JdbcTemplate eventStore = app.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> storedEventTypes(eventStore).contains(ReminderFiredEvent.class.getName()));
            List<Instant> waiting = eventStore.queryForList("SELECT scheduledAt FROM jobrunr_jobs WHERE state = 'SCHEDULED'",
                    Timestamp.class).stream().map(Timestamp::toInstant).toList();

            assertThat(storedEventTypes(eventStore)).as("a rung set for each clock at receipt, then one after a fired reminder")
                    .filteredOn(RemindersScheduledEvent.class.getName()::equals).hasSizeGreaterThan(2);
            assertThat(waiting).as("the acknowledgement's rung after the one that fired").contains(ladder.get(1).remindAt());
        }
    }

    private static List<String> storedEventTypes(JdbcTemplate eventStore) {
        return eventStore.queryForList("SELECT payloadType FROM DomainEventEntry ORDER BY globalIndex", String.class);
    }

    /** Whatever today is: a day whose acknowledgement clock has a rung due at once and one still to come. */
    private static LocalDate receivedSoLongAgoThatTheAcknowledgementIsLateButNotEscalated(ComplaintRules rules, Instant now) {
        LocalDate day = rules.today().minusDays(1);
        while (!isLateButNotEscalated(acknowledgementLadder(rules, day, now), now)) {
            day = day.minusDays(1);
        }
        return day;
    }

    private static boolean isLateButNotEscalated(List<Rung> ladder, Instant now) {
        return ladder.size() >= 2 && ladder.get(0).remindAt().equals(now);
    }

    private static List<Rung> acknowledgementLadder(ComplaintRules rules, LocalDate receivedOn, Instant now) {
        LocalDate due = rules.policyOf(Procedure.STATUTORY).deadlinesOnReceipt(receivedOn, rules.calendar())
                .acknowledgementDue();
        return rules.reminders().rungsFor(receivedOn, due, now, rules.calendar(), rules.clock().getZone());
    }
}
