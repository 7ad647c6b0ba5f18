package org.childrenscomplaints.standalone;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI description, generated from the code, names every path of the contract. */
class OpenApiHttpTest extends EmbeddedAppTest {

    private static final List<String> CONTRACT = List.of(
            "POST /api/complaints", "POST /api/complaints/{}/acknowledgement", "POST /api/complaints/{}/allocation",
            "POST /api/complaints/{}/extension", "POST /api/complaints/{}/delay-reasons", "POST /api/complaints/{}/response",
            "POST /api/complaints/{}/escalation", "POST /api/complaints/{}/panel", "POST /api/complaints/{}/ombudsman-decision",
            "POST /api/complaints/{}/learning", "POST /api/complaints/{}/learning/{}/actions/{}/completion",
            "POST /api/complaints/{}/withdrawal", "POST /api/complaints/{}/decline", "POST /api/complaints/{}/reclassification",
            "POST /api/complaints/{}/ombudsman-decision/remedies/{}/completion",
            "POST /api/comments", "POST /api/comments/{}/acknowledgement", "POST /api/comments/{}/allocation",
            "POST /api/comments/{}/response", "POST /api/compliments",
            "GET /api/complaints/{}", "GET /api/complaints/{}/history", "GET /api/tracker", "GET /api/comments/{}",
            "GET /api/compliments", "GET /api/reports/annual/{}", "GET /api/reports/delays", "GET /api/reports/learning-gaps");

    @Test
    void everyPathOfTheContractIsDescribedAndTheDescriptionNeedsNoSignIn() {
        Http.Answer description = new Http(port).get("/v3/api-docs");

        assertThat(description.status()).isEqualTo(200);
        JsonNode paths = description.json().path("paths");
        Set<String> described = paths.propertyStream()
                .flatMap(path -> path.getValue().propertyNames().stream()
                        .map(method -> method.toUpperCase() + " " + path.getKey().replaceAll("\\{[^}]*}", "{}")))
                .collect(Collectors.toSet());
        assertThat(described).containsAll(CONTRACT);
        assertThat(paths.path("/api/reports/annual/{year}").path("get").path("responses").path("200").path("content")
                .path("application/json").path("schema").path("$ref").asString())
                .as("the annual report's JSON, written by hand from its record").endsWith("/AnnualReport");
        assertThat(new Http(port).get("/swagger-ui/index.html").status()).isEqualTo(200);
    }
}
