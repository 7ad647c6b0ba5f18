package org.childrenscomplaints.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childrenscomplaints.standalone.TestUsers.ADMIN;
import static org.childrenscomplaints.standalone.TestUsers.INTAKE;
import static org.childrenscomplaints.standalone.TestUsers.INTAKE_AND_MANAGER;
import static org.childrenscomplaints.standalone.TestUsers.MANAGER;
import static org.childrenscomplaints.standalone.TestUsers.OFFICER;
import static org.childrenscomplaints.standalone.TestUsers.SCRUTINY;

/**
 * Every endpoint of the contract with every role and with no credentials: the roles it allows get
 * past sign-in (to whatever the request deserves: the unknown case here is a 404, the empty body a
 * 400), every other role a 403 and an anonymous caller a 401, as problem+json.
 */
class AccessHttpTest extends EmbeddedAppTest {

    private static final String NO_CASE = "CO-1999-0999";
    private static final Set<String> READERS = Set.of(SCRUTINY, OFFICER, MANAGER, ADMIN);
    private static final Set<String> REGISTRARS = Set.of(INTAKE, OFFICER, ADMIN);
    private static final Set<String> RESPONDERS = Set.of(MANAGER, OFFICER, ADMIN);
    private static final Set<String> TEAM = Set.of(OFFICER, ADMIN);
    private static final Set<String> ADMINS = Set.of(ADMIN);
    private static final List<String> EVERYONE = List.of(INTAKE, OFFICER, MANAGER, SCRUTINY, ADMIN);

    record Endpoint(String method, String path, Set<String> allowed, boolean safeToCall) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Arguments> everyEndpointWithEveryCaller() {
        List<Endpoint> endpoints = List.of(
                read("/api/complaints/" + NO_CASE), read("/api/complaints/" + NO_CASE + "?asOf=2020-01-01"),
                read("/api/complaints/" + NO_CASE + "/history"), read("/api/tracker"), read("/api/comments/CM-1999-0999"),
                read("/api/compliments"), read("/api/reports/annual/2019"), read("/api/reports/delays"),
                read("/api/reports/learning-gaps"),
                new Endpoint("GET", "/api/admin/read-models", ADMINS, true),
                new Endpoint("GET", "/api/admin/notifications", ADMINS, true),
                post("/api/complaints", REGISTRARS), post("/api/comments", REGISTRARS), post("/api/compliments", REGISTRARS),
                command("acknowledgement", RESPONDERS), command("response", RESPONDERS),
                command("delay-reasons", RESPONDERS), command("extension", RESPONDERS), command("learning", RESPONDERS),
                command("learning/00000000-0000-0000-0000-000000000000/actions/0/completion", RESPONDERS),
                post("/api/comments/CM-1999-0999/acknowledgement", RESPONDERS),
                post("/api/comments/CM-1999-0999/response", RESPONDERS),
                command("allocation", TEAM), command("escalation", TEAM), command("panel", TEAM),
                command("ombudsman-decision", TEAM), command("ombudsman-decision/remedies/0/completion", TEAM),
                command("withdrawal", TEAM), command("decline", TEAM), command("reclassification", TEAM),
                post("/api/comments/CM-1999-0999/allocation", TEAM),
                post("/api/imports", ADMINS),
                // allowed to ADMIN, but calling it would empty the read models other tests are reading
                new Endpoint("POST", "/api/admin/read-models/rebuild", ADMINS, false));
        return endpoints.stream().flatMap(endpoint -> Stream.concat(
                EVERYONE.stream().map(user -> Arguments.of(endpoint, user)), Stream.of(Arguments.of(endpoint, null))));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointWithEveryCaller")
    void onlyTheRolesTheContractNamesGetPastSignIn(Endpoint endpoint, String user) {
        if (user != null && endpoint.allowed().contains(user) && !endpoint.safeToCall()) {
            return;
        }
        Http caller = user == null ? new Http(port) : http.as(user);
        Http.Answer answer = endpoint.method().equals("GET") ? caller.get(endpoint.path())
                : caller.post(endpoint.path(), "application/json", "");

        if (user == null) {
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.header("WWW-Authenticate")).startsWith("Basic");
        } else if (endpoint.allowed().contains(user)) {
            assertThat(answer.status()).as(answer.response().body()).isNotIn(401, 403, 500);
        } else {
            assertThat(answer.status()).isEqualTo(403);
        }
        if (answer.status() == 401 || answer.status() == 403) {
            assertThat(answer.contentType()).isEqualTo("application/problem+json");
            assertThat(answer.json().path("detail").asString()).isNotBlank();
        }
    }

    @Test
    void theHealthCheckNeedsNoSignInAndAWrongPasswordIsNoSignIn() throws Exception {
        assertThat(new Http(port).get("/actuator/health").response().body()).isEqualTo("{\"status\":\"UP\"}");
        HttpResponse<Void> head = HttpClient.newHttpClient().send(http.as(INTAKE).request("/api/complaints/" + NO_CASE)
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(head.statusCode()).as("HEAD tells no more than GET").isEqualTo(403);
        Http.Answer wrong = new Http(port).as("nobody").get("/api/tracker");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void aManagerActsOnTheCasesAllocatedToThem() {
        Http manager = http.as(MANAGER);
        String theirs = http.registerComplaint("CORPORATE", "2026-05-04");
        http.complaintCommand(theirs, "allocation", "{\"managerId\": \"" + MANAGER + "\"}");
        String someoneElses = http.registerComplaint("CORPORATE", "2026-05-04");
        http.complaintCommand(someoneElses, "allocation", "{\"managerId\": \"p.smith\"}");

        assertThat(manager.postJson(Http.complaintPath(theirs, "acknowledgement"), "{\"acknowledgedOn\": \"2026-05-05\"}")
                .status()).isEqualTo(204);
        Http.Answer refused = manager.postJson(Http.complaintPath(someoneElses, "acknowledgement"),
                "{\"acknowledgedOn\": \"2026-05-05\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.json().path("detail").asString()).contains("allocated to someone else");
    }

    @Test
    void someoneWhoIsIntakeAndManagerRegistersAsIntakeAndAnswersTheirCaseAsManager() {
        Http intakeAndManager = http.as(INTAKE_AND_MANAGER);
        String reference = intakeAndManager.registerComplaint("CORPORATE", "2026-05-04");
        http.complaintCommand(reference, "allocation", "{\"managerId\": \"" + INTAKE_AND_MANAGER + "\"}");
        assertThat(intakeAndManager.postJson(Http.complaintPath(reference, "acknowledgement"),
                "{\"acknowledgedOn\": \"2026-05-05\"}").status()).isEqualTo(204);
        http.awaitComplaint(reference, view -> view.path("acknowledgedOn").asString().equals("2026-05-05"));

        assertThat(http.get("/api/complaints/" + reference + "/history").json().valueStream())
                .extracting(event -> event.path("type").asString() + " by " + event.path("recordedBy").asString()
                        + " as " + event.path("role").asString())
                .contains("Complaint received by " + INTAKE_AND_MANAGER + " as INTAKE",
                        "Complaint allocated by " + OFFICER + " as OFFICER",
                        "Complaint acknowledged by " + INTAKE_AND_MANAGER + " as MANAGER");
        Http.Answer comment = intakeAndManager.postJson("/api/comments", """
                {"receivedOn": "2026-05-04", "channel": "PHONE", "serviceArea": "CIC", "summary": "Parking at the centre"}
                """);
        assertThat(comment.status()).as(comment.response().body()).isEqualTo(201);
    }

    private static Endpoint read(String path) {
        return new Endpoint("GET", path, READERS, true);
    }

    private static Endpoint post(String path, Set<String> allowed) {
        return new Endpoint("POST", path, allowed, true);
    }

    private static Endpoint command(String command, Set<String> allowed) {
        return post("/api/complaints/" + NO_CASE + "/" + command, allowed);
    }
}
