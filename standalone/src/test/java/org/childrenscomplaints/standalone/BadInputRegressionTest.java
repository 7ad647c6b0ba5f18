package org.childrenscomplaints.standalone;

import org.childrenscomplaints.api.web.TextLengthLimit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The inputs {@link BadInputProperties} found hurting the app, each pinned down once it no longer does. */
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
}
