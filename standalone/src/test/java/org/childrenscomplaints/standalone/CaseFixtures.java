package org.childrenscomplaints.standalone;

import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case in each state a command needs (a Stage 3 for a panel, a decision with a remedy for its
 * completion...), made when first asked for and made again once a command has changed it.
 */
final class CaseFixtures {

    /** The states the commands need; each built from the one before it, on a case of its own. */
    enum State {
        REGISTERED_COMPLAINT, ALLOCATED_COMPLAINT, ANSWERED_COMPLAINT, STAGE_3_COMPLAINT, REFERRED_TO_OMBUDSMAN,
        OMBUDSMAN_DECIDED, LEARNING_CAPTURED, REGISTERED_COMMENT, ALLOCATED_COMMENT, COMPLIMENT
    }

    /** A case made for the tests: its id, its reference, and its learning's id where it has some. */
    record Case(State state, String id, String reference, String learningId) {

        boolean isComplaint() {
            return path().startsWith("/api/complaints/");
        }

        /** Where the case is read and its commands sent (compliments are read only as lists, under /api/compliments). */
        String path() {
            return switch (state) {
                case REGISTERED_COMMENT, ALLOCATED_COMMENT -> "/api/comments/" + id;
                case COMPLIMENT -> "/api/compliments";
                default -> "/api/complaints/" + id;
            };
        }
    }

    private final Http http;
    private final Runnable awaitReadModels;
    private final LocalDate today = BadValues.today();
    private final Map<State, Case> ready = new EnumMap<>(State.class);

    /** @param awaitReadModels waits until the read models show every case made (a case is found by its id there) */
    CaseFixtures(Http officer, Runnable awaitReadModels) {
        this.http = officer;
        this.awaitReadModels = awaitReadModels;
    }

    Case get(State state) {
        return ready.computeIfAbsent(state, needed -> {
            Case made = make(needed);
            awaitReadModels.run();
            return made;
        });
    }

    /** A command was accepted on the case: the next one that needs its state gets a new case. */
    void changed(State state) {
        ready.remove(state);
    }

    void allChanged() {
        ready.clear();
    }

    private Case make(State state) {
        return switch (state) {
            case REGISTERED_COMPLAINT -> registered("/api/complaints", Http.complaint("STATUTORY", today.toString()), state);
            case ALLOCATED_COMPLAINT -> then(make(State.REGISTERED_COMPLAINT), state,
                    "allocation", "{\"managerId\": \"m.jones\"}");
            case ANSWERED_COMPLAINT -> then(make(State.ALLOCATED_COMPLAINT), state, "response",
                    "{\"respondedOn\": \"" + today + "\", \"outcome\": \"UPHELD\"}");
            case STAGE_3_COMPLAINT -> then(make(State.ANSWERED_COMPLAINT), state,
                    "escalation", "{\"toStage\": \"STAGE_2\", \"requestedOn\": \"" + today + "\"}",
                    "allocation", "{\"managerId\": \"a.khan\", \"independentPerson\": \"I. Person\"}",
                    "response", "{\"respondedOn\": \"" + today + "\", \"outcome\": \"NOT_UPHELD\"}",
                    "escalation", "{\"toStage\": \"STAGE_3\", \"requestedOn\": \"" + today + "\"}");
            case REFERRED_TO_OMBUDSMAN -> then(make(State.REGISTERED_COMPLAINT), state, "escalation",
                    "{\"toStage\": \"OMBUDSMAN\", \"requestedOn\": \"" + today + "\"}");
            case OMBUDSMAN_DECIDED -> then(make(State.REFERRED_TO_OMBUDSMAN), state, "ombudsman-decision",
                    "{\"decidedOn\": \"" + today + "\", \"decision\": \"UPHELD_FAULT_INJUSTICE\", "
                            + "\"remedies\": [{\"description\": \"Apology\", \"dueDate\": \"" + today.plusDays(28) + "\"}]}");
            case LEARNING_CAPTURED -> learning(make(State.ANSWERED_COMPLAINT));
            case REGISTERED_COMMENT -> registered("/api/comments", "{\"receivedOn\": \"" + today + "\", \"channel\": "
                    + "\"EMAIL\", \"serviceArea\": \"EARLY_HELP\", \"summary\": \"More evening sessions\"}", state);
            case ALLOCATED_COMMENT -> {
                Case comment = make(State.REGISTERED_COMMENT);
                accepted(http.postJson("/api/comments/" + comment.id() + "/allocation", "{\"managerId\": \"b.lee\"}"));
                yield new Case(state, comment.id(), comment.reference(), null);
            }
            case COMPLIMENT -> registered("/api/compliments", "{\"receivedOn\": \"" + today + "\", \"serviceArea\": "
                    + "\"FOSTERING\", \"team\": \"Fostering Team\", \"source\": \"EXTERNAL\", \"summary\": \"Thanks\"}", state);
        };
    }

    private Case registered(String path, String body, State state) {
        JsonNode registration = accepted(http.postJson(path, body)).json();
        return new Case(state, registration.path("id").asString(), registration.path("reference").asString(), null);
    }

    /** @param commands the commands that bring {@code complaint} to {@code state}: path, body, path, body... */
    private Case then(Case complaint, State state, String... commands) {
        for (int i = 0; i < commands.length; i += 2) {
            http.complaintCommand(complaint.id(), commands[i], commands[i + 1]);
        }
        return new Case(state, complaint.id(), complaint.reference(), null);
    }

    private Case learning(Case upheld) {
        JsonNode captured = http.complaintCommand(upheld.id(), "learning", "{\"category\": \"PROVIDE_TRAINING\", "
                + "\"summary\": \"Notice of reviews\", \"actions\": [{\"description\": \"Training session\", "
                + "\"owner\": \"a.khan\", \"dueDate\": \"" + today.plusDays(60) + "\"}]}").json();
        return new Case(State.LEARNING_CAPTURED, upheld.id(), upheld.reference(), captured.path("learningId").asString());
    }

    private static Http.Answer accepted(Http.Answer answer) {
        assertThat(answer.status()).as(answer.response().body()).isBetween(200, 204);
        return answer;
    }
}
