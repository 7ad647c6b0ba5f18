package org.childrenscomplaints.command.complaint;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.childrenscomplaints.api.audit.AuditMetadata;
import org.childrenscomplaints.api.complaint.Channel;
import org.childrenscomplaints.api.complaint.ComplaintAllocatedEvent;
import org.childrenscomplaints.api.complaint.DelayReason;
import org.childrenscomplaints.api.complaint.DelayReasonRecordedEvent;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.RecordDelayReasonCommand;
import org.childrenscomplaints.api.complaint.RegisterComplaintCommand;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.command.rejection.CommandRejectedException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.childrenscomplaints.command.complaint.ComplaintFixtures.ID;
import static org.childrenscomplaints.command.complaint.ComplaintFixtures.THURSDAY_BEFORE_EASTER;
import static org.childrenscomplaints.command.complaint.ComplaintFixtures.complainant;
import static org.childrenscomplaints.command.complaint.ComplaintFixtures.fixture;
import static org.childrenscomplaints.command.complaint.ComplaintFixtures.statutoryReceived;

/** A MANAGER acts on the cases allocated to them; the complaints team on any. */
class ManagersOwnCasesTest {

    private final AggregateTestFixture<Complaint> fixture = fixture();
    private final RecordDelayReasonCommand delayReason = new RecordDelayReasonCommand(ID,
            new DelayReason("INFORMATION_DELAYED", null));

    @Test
    void theManagerTheStageIsAllocatedToMayActOnIt() {
        fixture.given(statutoryReceived(), allocatedTo("m.jones"))
                .when(delayReason, sentBy("m.jones", "MANAGER"))
                .expectEvents(new DelayReasonRecordedEvent(ID, Stage.STAGE_1, "INFORMATION_DELAYED", null));
    }

    @Test
    void anotherManagerMayNotAndNeitherMayAnyManagerBeforeAllocation() {
        fixture.given(statutoryReceived(), allocatedTo("m.jones"))
                .when(delayReason, sentBy("p.smith", "MANAGER"))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("A manager acts on the cases allocated to them; this one is allocated to someone else.")
                .expectNoEvents();
        fixture.given(statutoryReceived())
                .when(delayReason, sentBy("m.jones", "MANAGER"))
                .expectExceptionMessage("A manager acts on the cases allocated to them; this one is not allocated yet.");
    }

    @Test
    void anOfficerMayActOnAnyCase() {
        fixture.given(statutoryReceived(), allocatedTo("m.jones"))
                .when(delayReason, sentBy("k.officer", "OFFICER"))
                .expectSuccessfulHandlerExecution();
    }

    /** The second line of defence behind the access rules, which let no MANAGER register (CallerMetadata). */
    @Test
    void aRegistrationIsIntakesWorkNotAManagers() {
        RegisterComplaintCommand registration = new RegisterComplaintCommand(ID, Procedure.CORPORATE,
                THURSDAY_BEFORE_EASTER, Channel.EMAIL, complainant(), "CIC", null, List.of("DELAY"), "summary", null,
                null, null, null, null);
        fixture.givenNoPriorActivity()
                .when(registration, sentBy("m.jones", "MANAGER"))
                .expectException(CommandRejectedException.class)
                .expectExceptionMessage("A manager acts on the cases allocated to them; this one is not allocated yet.")
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(registration, sentBy("m.jones", "INTAKE"))
                .expectSuccessfulHandlerExecution();
    }

    private static ComplaintAllocatedEvent allocatedTo(String managerId) {
        return new ComplaintAllocatedEvent(ID, Stage.STAGE_1, managerId, null, null, null);
    }

    private static Map<String, Object> sentBy(String user, String role) {
        return Map.of(AuditMetadata.RECORDED_BY, user, AuditMetadata.ROLE, role);
    }
}
