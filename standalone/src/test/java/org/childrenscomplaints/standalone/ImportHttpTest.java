package org.childrenscomplaints.standalone;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A council's spreadsheet imported over HTTP: good rows of each kind, the mistakes clerks make, and a second run. */
class ImportHttpTest extends EmbeddedAppTest {

    private static final String HEADER = "record_type,reference,procedure,received_on,channel,complainant_relationship,"
            + "service_area,team,source,issues,summary,acknowledged_on,allocated_to,delay_reasons,stage1_responded_on,"
            + "stage1_outcome,stage2_requested_on,stage2_responded_on,stage2_outcome,learning_category,learning_summary,"
            + "learning_actions\n";

    /** Line 2 holds a summary over two lines, so the rows after it start a line later than their record number. */
    private static final String FILE = HEADER
            + "COMPLAINT,ST-2019-0101,STATUTORY,2019-05-01,EMAIL,PARENT,CIC,Children in Care 1,,DELAY;STAFF_ATTITUDE,"
            + "\"Review cancelled\ntwice\",2019-05-02,m.jones,,2019-05-30,UPHELD,2019-06-10,2019-08-20,PARTIALLY_UPHELD,"
            + "PROVIDE_TRAINING,Notice of reviews,Training session;Guidance note\n"
            + "COMPLAINT,CO-2019-0102,CORPORATE,2019-06-03,PHONE,RELATIVE_WITHOUT_PR,ASS,,,DELAY,Slow assessment,"
            + "2019-06-04,a.khan,INFORMATION_DELAYED,2019-07-31,NOT_UPHELD,,,,,,\n"
            + "COMMENT,CM-2019-0001,,2019-07-01,WEB_FORM,PARENT,EARLY_HELP,Family Hub,,,More evening sessions,"
            + "2019-07-02,b.lee,,2019-07-10,,,,,,,\n"
            + "COMPLIMENT,CP-2019-0001,,2019-07-03,,,FOSTERING,Fostering Team,EXTERNAL,,Thanks to the team,,,,,,,,,,,\n"
            // line 7: a service area the council does not have
            + "COMPLAINT,SE-2019-0201,SEND,2019-06-01,EMAIL,PARENT,NOWHERE,,,DELAY,Unknown area,,,,,,,,,,,\n"
            // line 8: answered before it was received; registering it worked, answering it did not
            + "COMPLAINT,ST-2019-0202,STATUTORY,2019-06-03,EMAIL,PARENT,CIC,,,DELAY,Answered too early,,m.jones,,"
            + "2019-05-20,NOT_UPHELD,,,,,,\n"
            // line 9: an outcome with no response
            + "COMPLAINT,CO-2019-0203,CORPORATE,2019-06-03,EMAIL,PARENT,CIC,,,DELAY,Outcome only,,,,,UPHELD,,,,,,\n"
            // line 10: a date a spreadsheet mistyped
            + "COMPLAINT,CO-2019-0204,CORPORATE,2019-13-01,EMAIL,PARENT,CIC,,,DELAY,Bad date,,,,,,,,,,,\n"
            // line 11: a kind of record the import does not know
            + "GRUMBLE,CO-2019-0205,CORPORATE,2019-06-03,EMAIL,PARENT,CIC,,,DELAY,Not a record type,,,,,,,,,,,\n";

    @Test
    void goodRowsOfEachKindAreImportedAndEachBrokenRowIsRejectedWithItsLineAndReasonsLeavingNothing() {
        Http.Answer first = http.as(TestUsers.ADMIN).post("/api/imports", "text/csv", FILE);

        assertThat(first.status()).as(first.response().body()).isEqualTo(200);
        JsonNode report = first.json();
        assertThat(report.path("imported").asInt()).isEqualTo(4);
        assertThat(report.path("skipped").asInt()).isZero();
        List<JsonNode> rejected = report.path("rejected").valueStream().toList();
        assertThat(rejected).extracting(row -> row.path("line").asInt()).containsExactly(7, 8, 9, 10, 11);
        assertThat(rejected).extracting(row -> row.path("reference").asString())
                .containsExactly("SE-2019-0201", "ST-2019-0202", "CO-2019-0203", "CO-2019-0204", "CO-2019-0205");
        assertThat(errors(rejected.get(0))).singleElement().asString().startsWith("service_area must be one of the "
                + "configured service areas: ");
        assertThat(errors(rejected.get(1))).containsExactly(
                "stage1_responded_on cannot be before the start of the stage (2019-06-03)");
        assertThat(errors(rejected.get(2))).containsExactly("stage1_outcome is given but stage1_responded_on is empty");
        assertThat(errors(rejected.get(3))).containsExactly(
                "received_on must be a date written YYYY-MM-DD, e.g. 2019-04-23, not 2019-13-01");
        assertThat(errors(rejected.get(4))).containsExactly(
                "record_type must be one of COMPLAINT, COMMENT, COMPLIMENT, not GRUMBLE");

        JsonNode statutory = http.awaitComplaint("ST-2019-0101", view -> view.path("learning").size() == 1
                && view.path("stages").size() == 2 && view.path("stages").path(1).path("respondedOn").isString());
        assertThat(statutory.path("status").asString()).isEqualTo("RESPONDED");
        assertThat(statutory.path("stages").path(0).path("delayReasons").valueStream().map(JsonNode::asString))
                .as("late with no reason in the spreadsheet").containsExactly("NOT_RECORDED");
        assertThat(statutory.path("stages").path(1).path("allocation").path("managerId").asString()).isEqualTo("NOT_RECORDED");
        assertThat(statutory.path("learning").path(0).path("capturedOn").asString()).isEqualTo("2019-05-30");
        JsonNode corporate = http.awaitComplaint("CO-2019-0102", view -> view.path("status").asString().equals("RESPONDED"));
        assertThat(corporate.path("stages").path(0).path("delayReasons").valueStream().map(JsonNode::asString))
                .containsExactly("INFORMATION_DELAYED");
        await().atMost(Duration.ofSeconds(10)).until(() -> http.get("/api/comments/CM-2019-0001").json()
                .path("respondedOn").asString().equals("2019-07-10"));
        await().atMost(Duration.ofSeconds(10)).until(() -> http.get("/api/compliments?from=2019-07-01&to=2019-07-31")
                .json().size() == 1);

        for (String reference : List.of("SE-2019-0201", "ST-2019-0202", "CO-2019-0203")) {
            assertThat(http.get("/api/complaints/" + reference).status()).as(reference).isEqualTo(404);
            assertThat(http.get("/api/complaints/" + reference + "/history").status()).as(reference).isEqualTo(404);
        }
        assertThat(http.postJson("/api/complaints", """
                {"procedure": "STATUTORY", "receivedOn": "2019-06-03", "channel": "EMAIL",
                 "complainant": {"relationship": "PARENT"}, "serviceArea": "CIC", "issues": ["DELAY"],
                 "summary": "Takes the number the rejected row never used", "reference": "ST-2019-0202"}
                """).status()).as("the rejected row's reference is free").isEqualTo(201);

        Http.Answer again = http.as(TestUsers.ADMIN).post("/api/imports", "text/csv", FILE);
        assertThat(again.json().path("imported").asInt()).isZero();
        assertThat(again.json().path("skipped").asInt()).as("the four rows already here, and ST-2019-0202 now taken")
                .isEqualTo(5);
        assertThat(again.json().path("rejected").valueStream().map(row -> row.path("line").asInt()))
                .containsExactly(7, 9, 10, 11);
    }

    @Test
    void onlyTheImportMayWriteNotRecorded() {
        String reference = http.registerComplaint("CORPORATE", "2026-04-02");

        Http.Answer delayReason = http.postJson(Http.complaintPath(reference, "delay-reasons"),
                "{\"category\": \"NOT_RECORDED\"}");
        Http.Answer allocation = http.postJson(Http.complaintPath(reference, "allocation"),
                "{\"managerId\": \"NOT_RECORDED\"}");

        assertThat(delayReason.status()).isEqualTo(400);
        assertThat(delayReason.json().path("errors").path(0).path("field").asString()).isEqualTo("category");
        assertThat(allocation.status()).isEqualTo(400);
        assertThat(allocation.json().path("errors").path(0).path("message").asString()).contains("NOT_RECORDED");
    }

    @Test
    void aFileTheImportCannotReadIsA4xxThatStoresNothing() {
        Http.Answer unknownColumns = http.as(TestUsers.ADMIN).post("/api/imports", "text/csv",
                "record_type,reference,complainant_name,Notes\nCOMPLAINT,ST-2019-0301,Jo,\n");
        Http.Answer noHeader = http.as(TestUsers.ADMIN).post("/api/imports", "text/csv",
                "COMPLAINT,ST-2019-0302,STATUTORY,2019-05-01\n");
        Http.Answer notCsv = http.as(TestUsers.ADMIN).post("/api/imports", "text/csv", "record_type,summary\nCOMPLAINT,\"never closed\n");
        Http.Answer tooLarge = http.as(TestUsers.ADMIN).post("/api/imports", "text/csv", HEADER + "x".repeat(50 * 1024 * 1024));

        assertThat(unknownColumns.status()).isEqualTo(400);
        assertThat(unknownColumns.contentType()).startsWith("application/problem+json");
        assertThat(unknownColumns.json().path("detail").asString()).contains("complainant_name, notes");
        assertThat(noHeader.status()).isEqualTo(400);
        assertThat(noHeader.json().path("detail").asString()).contains("no header row");
        assertThat(notCsv.status()).isEqualTo(400);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.contentType()).startsWith("application/problem+json");
        assertThat(http.get("/api/complaints/ST-2019-0301").status()).isEqualTo(404);
    }

    private static List<String> errors(JsonNode rejectedRow) {
        return rejectedRow.path("errors").valueStream().map(JsonNode::asString).toList();
    }
}
