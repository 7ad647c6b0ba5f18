package org.childrenscomplaints.command.compliment;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.childrenscomplaints.api.CaseRegistration;
import org.childrenscomplaints.api.calendar.ReportingYear;
import org.childrenscomplaints.api.calendar.WorkingDayCalendar;
import org.childrenscomplaints.api.compliment.ComplimentRecordedEvent;
import org.childrenscomplaints.api.compliment.ComplimentSource;
import org.childrenscomplaints.api.compliment.RecordComplimentCommand;
import org.childrenscomplaints.api.reference.CaseReference;
import org.childrenscomplaints.command.policy.ComplaintRules;
import org.childrenscomplaints.command.policy.ProcedurePolicies;
import org.childrenscomplaints.command.policy.ReferenceData;
import org.childrenscomplaints.command.policy.ReminderLadder;
import org.childrenscomplaints.command.policy.ReviewPanelTimetable;
import org.childrenscomplaints.command.reference.ReferenceNumbering;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

class ComplimentTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final UUID ID = UUID.fromString("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
    private static final LocalDate RECEIVED = LocalDate.of(2019, 6, 3);

    private AggregateTestFixture<Compliment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Compliment.class);
        fixture.registerInjectableResource(new ComplaintRules(ProcedurePolicies.defaults(), ReviewPanelTimetable.defaults(),
                ReferenceData.defaults(), ReminderLadder.defaults(), WorkingDayCalendar.englandAndWales(),
                Clock.fixed(LocalDate.of(2026, 11, 22).atStartOfDay(LONDON).toInstant(), LONDON)));
        fixture.registerInjectableResource((ReferenceNumbering) (prefix, receivedOn, supplied, caseId) ->
                new CaseReference(prefix, ReportingYear.containing(receivedOn), 1));
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
}
