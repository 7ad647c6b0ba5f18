package org.childrenscomplaints.standalone;

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
}
