package org.childrenscomplaints.standalone;

import org.childrenscomplaints.api.complaint.Channel;
import org.childrenscomplaints.api.complaint.Complainant;
import org.childrenscomplaints.api.complaint.ComplainantRelationship;
import org.childrenscomplaints.api.complaint.ComplaintReceivedEvent;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.reference.ReferenceIssuedEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One fully populated instance of every event type, whose stored JSON the approval test pins. */
final class EventSamples {

    private static final UUID CASE = UUID.fromString("0b9d4c8e-5f1a-4e2b-8c3d-7a6f5e4d3c2b");

    static final List<Object> ALL = List.of(
            new ReferenceIssuedEvent("ST-2026", 7, CASE),
            new ComplaintReceivedEvent(CASE, "ST-2026-0007", Procedure.STATUTORY, LocalDate.of(2026, 4, 2),
                    Channel.WEB_FORM, new Complainant(ComplainantRelationship.FOSTER_CARER, "Alex Example",
                    "alex@example.org", "01234 567890", "1 Example Street"), "CIC", "Children in Care 2",
                    List.of("DELAY", "COMMUNICATION_LACK_POOR"), "The review meeting was cancelled twice",
                    LocalDate.of(2025, 3, 1), "The carer was in hospital", null, true, LocalDate.of(2026, 4, 9),
                    LocalDate.of(2026, 4, 20)));

    private EventSamples() {
    }
}
