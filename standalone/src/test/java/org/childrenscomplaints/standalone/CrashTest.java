package org.childrenscomplaints.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded app killed with SIGKILL in the middle of a load of commands, then started again:
 * nothing it answered is lost, clients retrying with their keys get one case each, reminders
 * carry on, and the read models end up exactly as a rebuild from the events makes them.
 */
class CrashTest {

    private static final String NO_REMINDERS = "--jobrunr.background-job-server.enabled=false";
    private static final String REMINDERS_EVERY_5_SECONDS = "--jobrunr.background-job-server.poll-interval-in-seconds=5";
    /** So keys whose requests died with the app are free again by the time it is back. */
    private static final String SHORT_LEASE = "--complaints.idempotency.handling-lease=3s";
    private static final int CLIENTS = 8;
    /** Received long ago: a case's escalation reminders are due the moment it is registered. */
    private static final String BACKDATED = "2026-04-02";

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS)
    Path dir;

    @Test
    void aKillUnderLoadLosesNothingAnsweredAndTheReadModelsConvergeToARebuild() throws Exception {
        Path dataDir = dir.resolve("data");
        DataDirFiles files = new DataDirFiles(dataDir);
        CommandLoad load;
        // with no job server the backdated cases' reminders are still due when the app dies
        try (AppProcess app = AppProcess.start(dataDir, NO_REMINDERS, SHORT_LEASE)) {
            String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
            load = CommandLoad.start(app.as(TestUsers.OFFICER), CLIENTS, List.of(BACKDATED, today));
            await().atMost(Duration.ofSeconds(90)).until(() -> load.answered() >= 60);
            app.kill();
            load.awaitEnd();
        }
        List<DataDirFiles.Job> scheduledAtTheCrash = files.jobs().stream()
                .filter(job -> job.state().equals("SCHEDULED")).toList();
        Instant restarted = Instant.now();

        try (AppProcess app = AppProcess.start(dataDir, REMINDERS_EVERY_5_SECONDS, SHORT_LEASE)) {
            Http http = app.as(TestUsers.OFFICER);
            everyAnsweredCommandIsStored(http, load, dataDir.resolveSibling("app.log"));
            Set<String> cases = retriesGetOneCaseEach(http, load);
            remindersDueWhileDownHaveFired(http, load, dataDir.resolveSibling("app.log"));
            String next = http.registerComplaint("STATUTORY", BACKDATED);
            assertThat(referencesOf(http, cases)).doesNotContain(next);
            app.stop();
        }

        List<DataDirFiles.StoredEvent> events = files.events();
        eachCaseIsOneUnbrokenSequence(events);
        assertThat(events).filteredOn(event -> event.type().endsWith("ComplaintReceivedEvent"))
                .as("one case per registration sent, whatever happened to its answer, and the one after")
                .hasSize(load.registrations.size() + 1);
        scheduledRemindersSurvived(files.jobs(), scheduledAtTheCrash, restarted);
        readModelsAreWhatARebuildMakes(dataDir, files);
    }

    private static void everyAnsweredCommandIsStored(Http http, CommandLoad load, Path log) {
        assertThat(load.registrations).filteredOn(CommandLoad.Sent::answered)
                .allSatisfy(sent -> assertThat(sent.status())
                        .as(() -> "%s%nerrors the app logged:%n%s".formatted(sent.answer(), errorsLogged(log)))
                        .isEqualTo(201));
        for (CommandLoad.Sent registration : load.registrations) {
            if (registration.answered()) {
                assertThat(historyTypes(http, registration.caseId())).contains("Complaint received");
            }
        }
        for (CommandLoad.Sent acknowledgement : load.acknowledgements) {
            if (acknowledgement.status() == 204) {
                String caseId = acknowledgement.path().split("/")[3];
                assertThat(historyTypes(http, caseId)).contains("Complaint acknowledged");
            }
        }
    }

    /** Every registration sent again with its key, as a client that got no answer (or did) would. */
    private static Set<String> retriesGetOneCaseEach(Http http, CommandLoad load) {
        Set<String> cases = new HashSet<>();
        int replayed = 0;
        for (CommandLoad.Sent registration : load.registrations) {
            Http.Answer retried = await().atMost(Duration.ofSeconds(20)).until(
                    () -> http.postJson(registration.path(), registration.body(), registration.key()),
                    answer -> answer.status() != 409);
            assertThat(retried.status()).as(retried.response().body()).isEqualTo(201);
            String caseId = retried.json().path("id").asString();
            if (registration.answered()) {
                assertThat(caseId).as("the case first answered").isEqualTo(registration.caseId());
            }
            cases.add(caseId);
            replayed += "true".equals(retried.header("Idempotent-Replayed")) ? 1 : 0;
        }
        assertThat(cases).hasSize(load.registrations.size());
        // the figures docs/reliability.md quotes
        System.out.printf("CrashTest: %d registrations sent, %d answered before the kill; retried: %d answered "
                        + "from the kept answer, %d run again%n", load.registrations.size(), load.answered(), replayed,
                load.registrations.size() - replayed);
        return cases;
    }

    private static void remindersDueWhileDownHaveFired(Http http, CommandLoad load, Path log) {
        List<String> backdated = load.registrations.stream()
                .filter(registration -> registration.answered() && registration.body().contains(BACKDATED))
                .map(CommandLoad.Sent::caseId).toList();
        assertThat(backdated).isNotEmpty();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(backdated).allSatisfy(caseId -> assertThat(historyTypes(http, caseId))
                        .as(() -> "what the app logged about %s or its reminders:%n%s".formatted(caseId, troubles(log, caseId)))
                        .contains("Reminder fired")));
        assertThat(backdated).allSatisfy(caseId -> assertThat(history(http, caseId).stream()
                .filter(event -> event.path("type").asString().equals("Reminder fired"))
                .map(event -> event.path("payload").toString())).as("reminders fired in %s", caseId).doesNotHaveDuplicates());
    }

    /** For the failure's message, as only the test's own output reaches a CI log. */
    private static String troubles(Path log, String caseId) {
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(line -> line.contains(caseId) || (line.contains("ERROR") || line.contains("WARN"))
                            && line.toLowerCase().contains("job")).limit(40).collect(Collectors.joining("\n"));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    /** Each error the app logged with the first lines of its stack trace, for a CI log that has only the test's output. */
    private static String errorsLogged(Path log) {
        List<String> excerpt = new ArrayList<>();
        int traceLinesLeft = 0;
        try (Stream<String> lines = Files.lines(log)) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.contains(" ERROR ")) {
                    excerpt.add(line);
                    traceLinesLeft = 25;
                } else if (traceLinesLeft > 0 && !line.isBlank()) {
                    excerpt.add(line);
                    traceLinesLeft--;
                }
            }
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
        return String.join("\n", excerpt.subList(0, Math.min(excerpt.size(), 200)));
    }

    private static void eachCaseIsOneUnbrokenSequence(List<DataDirFiles.StoredEvent> events) {
        Map<String, List<Long>> sequences = events.stream().collect(Collectors.groupingBy(
                DataDirFiles.StoredEvent::aggregateId,
                Collectors.mapping(DataDirFiles.StoredEvent::sequence, Collectors.toList())));
        sequences.forEach((aggregate, sequence) -> assertThat(sequence.stream().sorted().toList()).as(aggregate)
                .isEqualTo(LongStream.range(0, sequence.size()).boxed().toList()));
    }

    /** Due while the app was down: fired once it was back. Due later: still waiting their turn. */
    private static void scheduledRemindersSurvived(List<DataDirFiles.Job> now, List<DataDirFiles.Job> atTheCrash,
                                                   Instant restarted) {
        Map<String, String> stateNow = now.stream()
                .collect(Collectors.toMap(DataDirFiles.Job::id, DataDirFiles.Job::state));
        assertThat(atTheCrash).isNotEmpty().allSatisfy(job -> assertThat(stateNow.get(job.id()))
                .as("reminder job due %s", job.scheduledAt())
                .isEqualTo(job.scheduledAt().isBefore(restarted) ? "SUCCEEDED" : "SCHEDULED"));
        assertThat(atTheCrash).anySatisfy(job -> assertThat(job.scheduledAt()).isAfter(restarted));
    }

    private static void readModelsAreWhatARebuildMakes(Path dataDir, DataDirFiles files) {
        try (AppProcess app = AppProcess.start(dataDir, NO_REMINDERS)) {
            awaitCaughtUp(app.as(TestUsers.ADMIN));
            app.stop();
        }
        Map<String, List<String>> live = files.readModels();

        try (AppProcess app = AppProcess.start(dataDir, NO_REMINDERS)) {
            Http admin = app.as(TestUsers.ADMIN);
            // a rebuild is refused (409) while the read models are still starting up, as an operator would be
            awaitCaughtUp(admin);
            assertThat(admin.post("/api/admin/read-models/rebuild", "application/json", "").status()).isEqualTo(202);
            awaitCaughtUp(admin);
            app.stop();
        }
        Map<String, List<String>> rebuilt = files.readModels();

        assertThat(live.get("complaint_cases")).isNotEmpty();
        assertThat(rebuilt.keySet()).isEqualTo(live.keySet());
        live.forEach((collection, documents) -> assertThat(rebuilt.get(collection)).as(collection).isEqualTo(documents));
    }

    /** Every read model running, past its replay and at the head of the event stream, three looks in a row. */
    private static void awaitCaughtUp(Http admin) {
        int[] inARow = {0};
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            boolean caughtUp = admin.get("/api/admin/read-models").json().valueStream().allMatch(model ->
                    model.path("running").asBoolean() && model.path("caughtUp").asBoolean()
                            && !model.path("replaying").asBoolean());
            inARow[0] = caughtUp ? inARow[0] + 1 : 0;
            return inARow[0] >= 3;
        });
    }

    private static Set<String> referencesOf(Http http, Set<String> cases) {
        return cases.stream().map(id -> http.get("/api/complaints/" + id).json().path("reference").asString())
                .collect(Collectors.toSet());
    }

    private static List<String> historyTypes(Http http, String caseId) {
        return history(http, caseId).stream().map(event -> event.path("type").asString()).toList();
    }

    private static List<JsonNode> history(Http http, String caseId) {
        Http.Answer history = await().atMost(Duration.ofSeconds(30)).until(
                () -> http.get("/api/complaints/" + caseId + "/history"), answer -> answer.status() == 200);
        return history.json().valueStream().toList();
    }
}
