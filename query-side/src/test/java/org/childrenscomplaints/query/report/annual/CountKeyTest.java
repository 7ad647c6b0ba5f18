package org.childrenscomplaints.query.report.annual;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CountKeyTest {

    /** A team is free text: whatever it holds, its count's key is a MongoDB field name that reads back as the team. */
    @ParameterizedTest
    @ValueSource(strings = {"Court Team", "Court.Team", "$where", "a|b", "100%", "a\u0000b", "%2E"})
    void aTeamOfAnyTextIsAFieldNameMongoDbTakesAndReadsBack(String team) {
        CountKey key = CountKey.of(CountKey.COMPLIMENTS, CountKey.BY_TEAM, team);

        assertThat(key.encoded()).doesNotContain(".", "$", "\u0000");
        assertThat(CountKey.decode(key.encoded())).isEqualTo(key);
    }
}
