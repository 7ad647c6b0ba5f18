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

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A clock's reminders are set one rung at a time (ReminderScheduler): on the real deadline manager, the
 * rung that fires sets the next one, a job of JobRunr's waiting for its day.
 */
class ReminderLadderJobsTest {

    private static final Pattern ACKNOWLEDGEMENT_CLOCK = Pattern.compile("\"clock\"\\s*:\\s*\"ACKNOWLEDGEMENT\"");

    @TempDir
    Path dataDir;

    @Test
    void aReminderThatFiresSetsTheNextRungOfItsClockAsAJob() {
        try (ConfigurableApplicationContext app = EmbeddedApp.start(dataDir,
                "--jobrunr.background-job-server.poll-interval-in-seconds=5")) {
            ComplaintRules rules = app.getBean(ComplaintRules.class);
            Instant now = rules.clock().instant();
            LocalDate receivedOn = receivedWithARungDueAtOnceAndOneToCome(rules, now);
            List<Rung> ladder = acknowledgementLadder(rules, receivedOn, now);
            EmbeddedApp.http(app).postJson("/api/complaints", Http.complaint("STATUTORY", receivedOn.toString()));

            JdbcTemplate eventStore = app.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> !payloads(eventStore, ReminderFiredEvent.class).isEmpty());
            List<Instant> waiting = eventStore.queryForList("SELECT scheduledAt FROM jobrunr_jobs WHERE state = 'SCHEDULED'",
                    Timestamp.class).stream().map(Timestamp::toInstant).toList();

            assertThat(payloads(eventStore, RemindersScheduledEvent.class))
                    .as("the acknowledgement's rungs set: the first at receipt, the next when it fired")
                    .filteredOn(payload -> ACKNOWLEDGEMENT_CLOCK.matcher(payload).find()).hasSize(2);
            assertThat(waiting).as("the acknowledgement's rung after the one that fired").contains(ladder.get(1).remindAt());
        }
    }

    private static List<String> payloads(JdbcTemplate eventStore, Class<?> type) {
        return eventStore.queryForList("SELECT payload FROM DomainEventEntry WHERE payloadType = ?", byte[].class,
                type.getName()).stream().map(payload -> new String(payload, StandardCharsets.UTF_8)).toList();
    }

    /**
     * Whatever today is: a day whose acknowledgement clock has a rung due at once, and its next one far
     * enough ahead (over an hour) not to come due before the first has fired. A clock of a few working
     * days, one day earlier each time, finds one within weeks; Christmas adds a few days.
     */
    private static LocalDate receivedWithARungDueAtOnceAndOneToCome(ComplaintRules rules, Instant now) {
        for (LocalDate day = rules.today().minusDays(1); day.isAfter(rules.today().minusDays(60)); day = day.minusDays(1)) {
            List<Rung> ladder = acknowledgementLadder(rules, day, now);
            if (ladder.size() >= 2 && ladder.get(0).remindAt().equals(now)
                    && ladder.get(1).remindAt().isAfter(now.plus(Duration.ofHours(1)))) {
                return day;
            }
        }
        throw new IllegalStateException("No day in the last 60 has an acknowledgement clock with a rung due and one to come");
    }

    private static List<Rung> acknowledgementLadder(ComplaintRules rules, LocalDate receivedOn, Instant now) {
        LocalDate due = rules.policyOf(Procedure.STATUTORY).deadlinesOnReceipt(receivedOn, rules.calendar())
                .acknowledgementDue();
        return rules.reminders().rungsFor(receivedOn, due, now, rules.calendar(), rules.clock().getZone());
    }
}
