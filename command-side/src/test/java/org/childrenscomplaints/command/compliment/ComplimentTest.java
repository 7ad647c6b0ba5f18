package org.childrenscomplaints.command.compliment;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.childrenscomplaints.command.TestRules;
import org.childrenscomplaints.api.CaseRegistration;
import org.childrenscomplaints.api.compliment.ComplimentRecordedEvent;
import org.childrenscomplaints.api.compliment.ComplimentSource;
import org.childrenscomplaints.api.compliment.RecordComplimentCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

class ComplimentTest {

    private static final UUID ID = UUID.fromString("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
    private static final LocalDate RECEIVED = LocalDate.of(2019, 6, 3);

    private AggregateTestFixture<Compliment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Compliment.class);
        fixture.registerInjectableResource(TestRules.onToday());
        fixture.registerInjectableResource(TestRules.FIRST_OF_SERIES);
    }

    @Test
    void aComplimentIsRecordedOnceInTheCpSeries() {
        fixture.givenNoPriorActivity()
                .when(new RecordComplimentCommand(ID, RECEIVED, "EARLY_HELP", " Early Help ", ComplimentSource.EXTERNAL,
                        "Thanks for the support over the summer"))
                .expectResultMessagePayload(new CaseRegistration(ID, "CP-2019-0001"))
                .expectEvents(new ComplimentRecordedEvent(ID, "CP-2019-0001", RECEIVED, "EARLY_HELP", "Early Help",
                        ComplimentSource.EXTERNAL, "Thanks for the support over the summer"));
    }

    @Test
    void aComplimentNamesItsTeamSourceAndSummaryInAKnownServiceArea() {
        fixture.givenNoPriorActivity()
                .when(new RecordComplimentCommand(ID, RECEIVED, "PARKS", null, null, " "))
                .expectNoEvents()
                .expectExceptionMessage("These fields are missing or invalid: team, source, summary, serviceArea.");
    }

    @Test
    void aComplimentRecordedAgainUnderTheSameIdIsRecordedOnce() {
        fixture.given(new ComplimentRecordedEvent(ID, "CP-2019-0001", RECEIVED, "EARLY_HELP", "Early Help",
                        ComplimentSource.EXTERNAL, "Thanks for the support over the summer"))
                .when(new RecordComplimentCommand(ID, RECEIVED, "EARLY_HELP", " Early Help ", ComplimentSource.EXTERNAL,
                        "Thanks for the support over the summer"))
                .expectResultMessagePayload(new CaseRegistration(ID, "CP-2019-0001"))
                .expectNoEvents();
    }
}
