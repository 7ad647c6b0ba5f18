package org.childrenscomplaints.query;

import org.childrenscomplaints.api.complaint.Channel;
import org.childrenscomplaints.api.complaint.Complainant;
import org.childrenscomplaints.api.complaint.ComplainantRelationship;
import org.childrenscomplaints.api.complaint.ComplaintReceivedEvent;
import org.childrenscomplaints.api.complaint.Procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Events as the command side writes them, for projection tests. */
public final class TestEvents {

    private TestEvents() {
    }

    public static ComplaintReceivedEvent received(String reference, Procedure procedure, String serviceArea, String team,
                                                  LocalDate acknowledgementDue, LocalDate responseDue) {
        return new ComplaintReceivedEvent(UUID.nameUUIDFromBytes(reference.getBytes()), reference, procedure,
                acknowledgementDue.minusDays(7), Channel.WEB_FORM,
                new Complainant(ComplainantRelationship.CHILD_OR_YOUNG_PERSON, "Sam", null, null, null), serviceArea,
                team, List.of("DELAY"), "summary", null, null, null, false, acknowledgementDue, responseDue);
    }
}
