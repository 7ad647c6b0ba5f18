package org.childrenscomplaints.standalone;

import org.childrenscomplaints.standalone.SoakLedger.Kind;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * One of the soak's users: a seeded mix of a complaints team's work over HTTP until told to stop. Each piece
 * of work (a complaint through its stages, a comment, a compliment) is followed by a look at the tracker,
 * cases and reports. Some requests break a rule of the procedure on purpose and expect the 409.
 */
final class SoakClient implements Runnable {

    /** The app as each of its users calls it; shared by the clients (each Http is safe across threads). */
    record Callers(Http intake, Http officer, Http manager, Http scrutiny) {

        static Callers of(Http app) {
            return new Callers(app.as(TestUsers.INTAKE), app.as(TestUsers.OFFICER), app.as(TestUsers.MANAGER),
                    app.as(TestUsers.SCRUTINY));
        }
    }

    private static final int QUERIES_PER_PIECE_OF_WORK = 4;
    private static final int RECENT_CASES = 16;
    /**
     * Cases arrive on the weekdays of three weeks whose following months hold no bank holiday (the August one
     * is on the 31st, Christmas is far off), so N working days after receipt is N/5 weeks and the mix can keep
     * or break each time limit on purpose without a calendar; 60 days on, the last step is still in the past.
     */
    private static final LocalDate FIRST_RECEIPT = LocalDate.of(2026, 9, 1);
    private static final int RECEIPT_DAYS = 21;
    private static final String REPORTING_YEAR = "2026";
    private static final List<String> DELAY_REASONS = List.of("OTHER_URGENT_WORK_PRESSURES", "CONSENT_NOT_YET_OBTAINED",
            "COMPLAINANT_UNCONTACTABLE", "COMPLEXITY_OR_OTHER_AGENCY_INPUT", "INFORMATION_DELAYED", "SIGN_OFF_DELAYED");
    private static final List<String> LEARNING = List.of("PROVIDE_TRAINING", "POLICY_PROCEDURE_CHANGE",
            "IMPROVE_COMMUNICATION", "PRACTICE_CHANGE");

    private record RecentCase(String reference, LocalDate receivedOn) {
    }

    private final Random random;
    private final Callers callers;
    private final SoakLedger ledger;
    private final BooleanSupplier stopped;
    private final Deque<RecentCase> recentCases = new ArrayDeque<>();

    SoakClient(long seed, Callers callers, SoakLedger ledger, BooleanSupplier stopped) {
        this.random = new Random(seed);
        this.callers = callers;
        this.ledger = ledger;
        this.stopped = stopped;
    }

    @Override
    public void run() {
        while (!stopped.getAsBoolean()) {
            int work = random.nextInt(100);
            if (work < 60) {
                complaint();
            } else if (work < 75) {
                comment();
            } else {
                compliment();
            }
            for (int i = 0; i < QUERIES_PER_PIECE_OF_WORK; i++) {
                query();
            }
        }
    }

    private void complaint() {
        String procedure = pick(List.of("STATUTORY", "CORPORATE", "CORPORATE", "SEND", "SEND"));
        LocalDate received = receiptDay();
        Optional<String> registered = register(procedure, received);
        if (registered.isEmpty()) {
            return;
        }
        String ref = registered.get();
        rememberCase(new RecentCase(ref, received));
        boolean allocated = command(callers.officer, ref, "acknowledgement", "{\"acknowledgedOn\": \"%s\"}".formatted(received))
                && command(callers.officer, ref, "allocation", "{\"managerId\": \"m.jones\", \"managerName\": \"M Jones\"}");
        // a tenth stays unanswered: the overdue backlog the tracker and the reminders are for
        if (!allocated || random.nextInt(10) == 0) {
            return;
        }
        String outcome = pick(List.of("NOT_UPHELD", "NOT_UPHELD", "NOT_UPHELD", "PARTIALLY_UPHELD", "UPHELD"));
        Optional<LocalDate> answered = answerStage1(ref, procedure, received, outcome);
        if (answered.isEmpty()) {
            return;
        }
        if (!outcome.equals("NOT_UPHELD") && random.nextInt(10) > 0) {
            captureLearning(ref);
        }
        if (random.nextInt(5) == 0) {
            stage2(ref, procedure, answered.get().plusDays(5));
        }
    }

    /** A fifth of registrations come from an integration with an Idempotency-Key, a third of those retried. */
    private Optional<String> register(String procedure, LocalDate received) {
        String body = Http.complaint(procedure, received.toString());
        if (random.nextInt(5) > 0) {
            return created(() -> callers.intake.postJson("/api/complaints", body), "register");
        }
        String key = "soak-" + UUID.randomUUID();
        Optional<Http.Answer> first = ledger.send(Kind.COMMAND, "register with a key",
                () -> callers.intake.postJson("/api/complaints", body, key), answer -> answer.status() == 201);
        if (first.isPresent() && random.nextInt(3) == 0) {
            String firstAnswer = first.get().response().body();
            ledger.send(Kind.COMMAND, "retry with the same key", () -> callers.intake.postJson("/api/complaints", body, key),
                    retry -> retry.status() == 201 && retry.response().body().equals(firstAnswer));
        }
        return first.map(answer -> answer.json().path("reference").asString());
    }

    /**
     * Stage 1 answered by the allocated manager: on time, within an agreed extension, late with a delay reason
     * recorded first, or late with none (refused), then with the reason in the response. Answers the date.
     */
    private Optional<LocalDate> answerStage1(String ref, String procedure, LocalDate received, String outcome) {
        // due 10 working days after receipt (statutory) or after the acknowledgement, made the same day; SEND 20
        LocalDate due = received.plusWeeks(procedure.equals("SEND") ? 4 : 2);
        LocalDate late = received.plusDays(45);
        int path = random.nextInt(20);
        if (path < 11) {
            return respond(ref, received.plusDays(7), outcome, "");
        } else if (path < 14) {
            // a week more is inside every procedure's limit (10 working days, or 20 after a statutory receipt)
            String extension = "{\"agreedOn\": \"%s\", \"newDueDate\": \"%s\"}".formatted(received.plusDays(7), due.plusWeeks(1));
            return command(callers.manager, ref, "extension", extension)
                    ? respond(ref, due.plusDays(5), outcome, "") : Optional.empty();
        } else if (path < 17) {
            return command(callers.manager, ref, "delay-reasons", "{\"category\": \"%s\"}".formatted(pick(DELAY_REASONS)))
                    ? respond(ref, late, outcome, "") : Optional.empty();
        }
        String unexplained = "{\"respondedOn\": \"%s\", \"outcome\": \"%s\"}".formatted(late, outcome);
        return refused(callers.manager, ref, "response", unexplained)
                ? respond(ref, late, outcome, ", \"delayReason\": {\"category\": \"%s\"}".formatted(pick(DELAY_REASONS)))
                : Optional.empty();
    }

    private Optional<LocalDate> respond(String ref, LocalDate on, String outcome, String moreFields) {
        String body = "{\"respondedOn\": \"%s\", \"outcome\": \"%s\"%s}".formatted(on, outcome, moreFields);
        return command(callers.manager, ref, "response", body) ? Optional.of(on) : Optional.empty();
    }

    private void captureLearning(String ref) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String learning = """
                {"category": "%s", "summary": "Letters did not say who to contact",
                 "actions": [{"description": "Add a named contact to every letter", "owner": "Service manager",
                              "dueDate": "%s"}]}""".formatted(pick(LEARNING), today.plusMonths(3));
        Optional<Http.Answer> captured = ledger.send(Kind.COMMAND, "learning",
                () -> callers.manager.postJson(Http.complaintPath(ref, "learning"), learning), answer -> answer.status() == 201);
        if (captured.isPresent() && random.nextBoolean()) {
            String learningId = captured.get().json().path("learningId").asString();
            command(callers.manager, ref, "learning/" + learningId + "/actions/0/completion",
                    "{\"completedOn\": \"%s\"}".formatted(today));
        }
    }

    /** Stage 2 to another manager (never the Stage 1 responder: a quarter try and are refused), answered in time. */
    private void stage2(String ref, String procedure, LocalDate requested) {
        if (!command(callers.officer, ref, "escalation", "{\"toStage\": \"STAGE_2\", \"requestedOn\": \"%s\"}".formatted(requested))) {
            return;
        }
        String independentPerson = procedure.equals("STATUTORY") ? ", \"independentPerson\": \"R Patel\"" : "";
        if (random.nextInt(4) == 0
                && !refused(callers.officer, ref, "allocation", "{\"managerId\": \"m.jones\"%s}".formatted(independentPerson))) {
            return;
        }
        if (command(callers.officer, ref, "allocation", "{\"managerId\": \"a.khan\"%s}".formatted(independentPerson))) {
            command(callers.officer, ref, "response", "{\"respondedOn\": \"%s\", \"outcome\": \"%s\"}"
                    .formatted(requested.plusDays(10), pick(List.of("NOT_UPHELD", "PARTIALLY_UPHELD", "UPHELD"))));
        }
    }

    private void comment() {
        LocalDate received = receiptDay();
        Optional<String> registered = created(() -> callers.intake.postJson("/api/comments", """
                {"receivedOn": "%s", "channel": "MOBILE_APP", "serviceArea": "CIC", "summary": "More evening activities please",
                 "complainant": {"relationship": "CHILD_OR_YOUNG_PERSON", "name": "Sam Example"}}""".formatted(received)),
                "comment");
        registered.ifPresent(ref -> {
            String path = "/api/comments/" + ref + "/";
            boolean allocated = post(callers.officer, path + "acknowledgement", "{\"acknowledgedOn\": \"%s\"}".formatted(received))
                    && post(callers.officer, path + "allocation", "{\"managerId\": \"m.jones\"}");
            if (allocated) {
                post(callers.manager, path + "response", "{\"respondedOn\": \"%s\"}".formatted(received.plusDays(7)));
            }
        });
    }

    private void compliment() {
        created(() -> callers.intake.postJson("/api/compliments", """
                {"receivedOn": "%s", "serviceArea": "COURT_TEAM", "team": "Court Team", "source": "EXTERNAL",
                 "summary": "The family thanked the team for explaining the hearing"}""".formatted(receiptDay())), "compliment");
    }

    /** What the complaints team, its managers and scrutiny look at, most often the tracker's first page. */
    private void query() {
        RecentCase recent = recentCases.isEmpty() ? null : pick(List.copyOf(recentCases));
        int look = random.nextInt(14);
        if (look < 3 || recent == null) {
            query(callers.officer, "/api/tracker?page=0&size=25");
        } else if (look == 3) {
            query(callers.manager, "/api/tracker?managerId=m.jones&rag=RED&page=0&size=25");
        } else if (look == 4) {
            query(callers.officer, "/api/tracker");
        } else if (look < 7) {
            query(callers.officer, "/api/complaints/" + recent.reference());
        } else if (look == 7) {
            query(callers.scrutiny, "/api/complaints/" + recent.reference() + "?asOf=" + recent.receivedOn().plusDays(10));
        } else if (look == 8) {
            query(callers.scrutiny, "/api/complaints/" + recent.reference() + "/history");
        } else if (look == 9) {
            query(callers.scrutiny, "/api/reports/annual/" + REPORTING_YEAR);
        } else if (look == 10) {
            ledger.send(Kind.QUERY, "annual report as HTML",
                    () -> callers.scrutiny.get("/api/reports/annual/" + REPORTING_YEAR, "text/html"), SoakLedger::succeeded);
        } else if (look == 11) {
            query(callers.scrutiny, "/api/reports/delays?from=" + FIRST_RECEIPT + "&to=" + FIRST_RECEIPT.plusDays(60));
        } else {
            query(callers.scrutiny, "/api/reports/learning-gaps");
        }
    }

    private void query(Http caller, String path) {
        ledger.send(Kind.QUERY, "GET " + path, () -> caller.get(path), SoakLedger::succeeded);
    }

    private boolean command(Http caller, String ref, String command, String body) {
        return post(caller, Http.complaintPath(ref, command), body);
    }

    private boolean post(Http caller, String path, String body) {
        return ledger.send(Kind.COMMAND, "POST " + path + " " + body, () -> caller.postJson(path, body), SoakLedger::succeeded)
                .isPresent();
    }

    private boolean refused(Http caller, String ref, String command, String body) {
        String path = Http.complaintPath(ref, command);
        return ledger.send(Kind.COMMAND, "POST " + path + " " + body + " (to be refused)", () -> caller.postJson(path, body),
                answer -> answer.status() == 409).isPresent();
    }

    private Optional<String> created(Supplier<Http.Answer> registration, String what) {
        return ledger.send(Kind.COMMAND, what, registration, answer -> answer.status() == 201)
                .map(answer -> answer.json().path("reference").asString());
    }

    private void rememberCase(RecentCase recent) {
        recentCases.addFirst(recent);
        if (recentCases.size() > RECENT_CASES) {
            recentCases.removeLast();
        }
    }

    private LocalDate receiptDay() {
        LocalDate day;
        do {
            day = FIRST_RECEIPT.plusDays(random.nextInt(RECEIPT_DAYS));
        } while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY);
        return day;
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
