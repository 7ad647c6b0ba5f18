package org.childrenscomplaints.api.comment;

import org.childrenscomplaints.api.personal.PersonalData;
import org.childrenscomplaints.api.complaint.Channel;
import org.childrenscomplaints.api.complaint.Complainant;

import java.time.LocalDate;
import java.util.UUID;

public record CommentReceivedEvent(UUID commentId, String reference, LocalDate receivedOn, Channel channel,
                                   String serviceArea, String team, @PersonalData String summary, Complainant complainant,
                                   LocalDate acknowledgementDueOn, LocalDate responseDueOn) {

    @Override
    public String toString() {
        return "CommentReceivedEvent[commentId=" + commentId + ", reference=" + reference + "]";
    }
}
