package org.childrenscomplaints.command.complaint;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.childrenscomplaints.command.TestRules;
import org.childrenscomplaints.api.complaint.Channel;
import org.childrenscomplaints.api.complaint.Complainant;
import org.childrenscomplaints.api.complaint.ComplainantRelationship;
import org.childrenscomplaints.api.complaint.ComplaintReceivedEvent;
import org.childrenscomplaints.api.complaint.Procedure;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A Complaint fixture judged by the default rules on a fixed day, and the events its tests start from. */
final class ComplaintFixtures {

    static final ZoneId LONDON = TestRules.LONDON;
    static final LocalDate TODAY = TestRules.TODAY;
    static final UUID ID = UUID.fromString("6b1e7c2a-0c4e-4d43-9a55-1d2f3c4b5a69");
    static final LocalDate THURSDAY_BEFORE_EASTER = LocalDate.of(2026, 4, 2);

    private ComplaintFixtures() {
    }

    static AggregateTestFixture<Complaint> fixture() {
        AggregateTestFixture<Complaint> fixture = new AggregateTestFixture<>(Complaint.class);
        fixture.registerInjectableResource(TestRules.onToday());
        fixture.registerInjectableResource(TestRules.FIRST_OF_SERIES);
        return fixture;
    }

    /** The given events followed by more, for a test's history. */
    static Object[] append(Object[] events, Object... more) {
        Object[] all = Arrays.copyOf(events, events.length + more.length);
        System.arraycopy(more, 0, all, events.length, more.length);
        return all;
    }

    static Complainant complainant() {
        return new Complainant(ComplainantRelationship.PARENT, "Jo Bloggs", "jo@example.org", null, null);
    }

    static ComplaintReceivedEvent received(Procedure procedure, LocalDate receivedOn, String reference,
                                           LocalDate acknowledgementDue, LocalDate responseDue) {
        return new ComplaintReceivedEvent(ID, reference, procedure, receivedOn, Channel.EMAIL, complainant(), "CIC",
                "Team A", List.of("DELAY", "STAFF_ATTITUDE"), "Review was late", null, null, null, true,
                acknowledgementDue, responseDue);
    }

    /** Received Thursday 2 April 2026: acknowledge by 9 April, answer by 20 April. */
    static ComplaintReceivedEvent statutoryReceived() {
        return received(Procedure.STATUTORY, THURSDAY_BEFORE_EASTER, "ST-2026-0001", LocalDate.of(2026, 4, 9),
                LocalDate.of(2026, 4, 20));
    }

    /** Received Thursday 2 April 2026: acknowledge by 13 April, answer 10 working days after the acknowledgement. */
    static ComplaintReceivedEvent corporateReceived() {
        return received(Procedure.CORPORATE, THURSDAY_BEFORE_EASTER, "CO-2026-0001", LocalDate.of(2026, 4, 13),
                LocalDate.of(2026, 4, 27));
    }

    /** Received Thursday 2 April 2026: acknowledge by 13 April, answer by 5 May. */
    static ComplaintReceivedEvent sendReceived() {
        return received(Procedure.SEND, THURSDAY_BEFORE_EASTER, "SE-2026-0001", LocalDate.of(2026, 4, 13),
                LocalDate.of(2026, 5, 5));
    }
}
