package org.childrenscomplaints.standalone;

import org.childrenscomplaints.api.web.TextLengthLimit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The inputs {@link BadInputPropertiesTest} found hurting the app, each pinned down once it no longer does. */
class BadInputRegressionTest extends EmbeddedAppTest {

    /** Was a 500: the multipart parser ran before the endpoint could say it takes JSON. */
    @ParameterizedTest
    @ValueSource(strings = {"multipart/form-data", "multipart/form-data; boundary=x"})
    void aMultipartBodyIsRefusedLikeAnyContentTypeTheCommandDoesNotTake(String contentType) {
        Http.Answer answer = http.post("/api/complaints", contentType, Http.complaint("STATUTORY", "2026-04-02"));

        assertThat(answer.status()).isEqualTo(415);
        Problems.assertRefusal(answer);
    }

    /** Was Tomcat's HTML error page. */
    @ParameterizedTest
    @ValueSource(strings = {"ST%2F2026%2F0001", "%5C", "a%00b", "%C0%AE"})
    void anAddressTomcatCannotReadIsRefusedAsAProblem(String id) {
        Http.Answer answer = http.postJson("/api/complaints/" + id + "/acknowledgement", "{\"acknowledgedOn\": \"2026-04-03\"}");

        assertThat(answer.status()).isEqualTo(400);
        Problems.assertRefusal(answer);
        assertThat(answer.json().path("detail").asString()).contains("encoded slash (%2F)");
    }

    /** Was Spring Boot's error JSON ({@code timestamp, status, error, path}), not problem+json. */
    @ParameterizedTest
    @ValueSource(strings = {"a;b", "%25", "..", "%2e%2e", "%3B"})
    void anAddressTheFirewallRefusesIsRefusedAsAProblem(String id) {
        Http.Answer answer = http.postJson("/api/complaints/" + id + "/acknowledgement", "{\"acknowledgedOn\": \"2026-04-03\"}");

        assertThat(answer.status()).isEqualTo(400);
        Problems.assertRefusal(answer);
    }

    /**
     * Was imported: the import read texts of any length, where a command's JSON is held to the limit.
     * (2004: a year no other test sharing the app uses.)
     */
    @Test
    void anImportRowWithATextOverTheLimitIsRejectedLikeTheCommandWouldBe() {
        String row = "COMPLIMENT,CP-2004-09%02d,2004-07-03,FOSTERING,Fostering Team,EXTERNAL,%s\n";
        String file = "record_type,reference,received_on,service_area,team,source,summary\n"
                + row.formatted(1, "x".repeat(TextLengthLimit.MAX_CHARACTERS + 1))
                + row.formatted(2, "x".repeat(TextLengthLimit.MAX_CHARACTERS));

        Http.Answer answer = http.as(TestUsers.ADMIN).post("/api/imports", "text/csv", file);

        assertThat(answer.status()).as(answer.response().body()).isEqualTo(200);
        assertThat(answer.json().path("imported").asInt()).isEqualTo(1);
        assertThat(answer.json().path("rejected").path(0).path("reference").asString()).isEqualTo("CP-2004-0901");
        assertThat(answer.json().path("rejected").path(0).path("errors").path(0).asString())
                .isEqualTo("summary must be at most 20000 characters");
    }

    /**
     * Was accepted (204), and the annual report's and the case views' read models then failed on the
     * event over and over: MongoDB holds no date past the year 292278994.
     */
    @Test
    void aDayNoStoreCanHoldIsRefusedAsADateNotWrittenAsTheContractSays() {
        String reference = http.registerComplaint("CORPORATE", "2026-04-02");
        http.complaintCommand(reference, "escalation", "{\"toStage\": \"OMBUDSMAN\", \"requestedOn\": \"2026-04-03\"}");

        Http.Answer answer = http.postJson(Http.complaintPath(reference, "ombudsman-decision"), """
                {"decidedOn": "2026-04-04", "decision": "UPHELD_FAULT_INJUSTICE",
                 "remedies": [{"description": "Apology", "dueDate": "+999999999-12-31"}]}""");

        assertThat(answer.status()).isEqualTo(400);
        Problems.assertRefusal(answer);
        assertThat(answer.json().path("errors").path(0).path("field").asString()).isEqualTo("remedies[0].dueDate");
        assertThat(answer.json().path("errors").path(0).path("message").asString())
                .isEqualTo("must be a date written YYYY-MM-DD");
    }

    /** Were read as days since 1970 and as [year, month, day]: 201, for a date the contract never allows. */
    @ParameterizedTest
    @ValueSource(strings = {"20545", "[2026, 4, 2]", "\"+2026-04-02\""})
    void aDateNotWrittenYyyyMmDdIsRefused(String receivedOn) {
        Http.Answer answer = http.postJson("/api/complaints",
                Http.complaint("CORPORATE", "2026-04-02").replace("\"2026-04-02\"", receivedOn));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("errors").path(0).path("field").asString()).isEqualTo("receivedOn");
    }

    /** Was imported the same way: its matter_occurred_on reached the read models. (2005: a year no other test uses.) */
    @Test
    void anImportRowWithADayNoStoreCanHoldIsRejected() {
        Http.Answer answer = http.as(TestUsers.ADMIN).post("/api/imports", "text/csv", "record_type,reference,procedure,"
                + "received_on,channel,complainant_relationship,service_area,issues,summary,matter_occurred_on,"
                + "late_acceptance_reason\nCOMPLAINT,CO-2005-0001,CORPORATE,2005-05-01,EMAIL,PARENT,CIC,DELAY,Old matter,"
                + "-999999999-01-01,Found in a file\n");

        assertThat(answer.status()).as(answer.response().body()).isEqualTo(200);
        assertThat(answer.json().path("rejected").path(0).path("errors").path(0).asString())
                .startsWith("matter_occurred_on must be a date written YYYY-MM-DD");
    }
}
