package org.childrenscomplaints.standalone;

import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the contract asks of every refusal: application/problem+json that says, in plain English, what was wrong. */
final class Problems {

    /** A Java class's qualified name, or an exception's: what a stack trace would tell, and a person cannot use. */
    private static final String JAVA_NAMES = "(?s).*(\\b[a-z]+(\\.[a-z0-9]+)+\\.[A-Z]\\w*|Exception\\b).*";

    private Problems() {
    }

    static void assertRefusal(Http.Answer answer) {
        String body = answer.response().body();
        assertThat(answer.contentType()).as("the content type of a %d: %s", answer.status(), body)
                .startsWith("application/problem+json");
        JsonNode problem = answer.json();
        for (String member : List.of("type", "title", "status", "detail")) {
            assertThat(problem.hasNonNull(member)).as("%s in %s", member, body).isTrue();
        }
        assertThat(problem.path("status").asInt()).as(body).isEqualTo(answer.status());
        assertThat(problem.path("detail").asString()).as("the detail of %s", body).isNotBlank().doesNotMatch(JAVA_NAMES);
    }
}
