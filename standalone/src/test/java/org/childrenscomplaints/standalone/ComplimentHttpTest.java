package org.childrenscomplaints.standalone;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ComplimentHttpTest extends EmbeddedAppTest {

    @Test
    void aComplimentIsRecordedAndListedForItsPeriodAndTeam() {
        Http.Answer created = http.postJson("/api/compliments", """
                {"receivedOn": "2019-06-03", "serviceArea": "COURT_TEAM", "team": "Court Team", "source": "EXTERNAL",
                 "summary": "The family thanked the team for explaining the hearing"}""");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("reference").asString()).matches("CP-2019-\\d{4}");

        JsonNode listed = await().atMost(Duration.ofSeconds(10)).until(
                () -> http.get("/api/compliments?from=2019-04-01&to=2020-03-31&team=Court%20Team").json(),
                json -> json.size() == 1);
        assertThat(listed.get(0).path("summary").asString()).isEqualTo("The family thanked the team for explaining the hearing");
        assertThat(http.as(TestUsers.SCRUTINY).get("/api/compliments?from=2019-04-01&to=2020-03-31&team=Court%20Team")
                .json().get(0).has("summary")).as("free text, withheld from scrutiny").isFalse();

        assertThat(http.get("/api/compliments?from=2020-04-01&to=2019-04-01").status()).isEqualTo(400);
        assertThat(http.postJson("/api/compliments", "{\"receivedOn\": \"2019-06-03\"}").status()).isEqualTo(400);
    }
}
