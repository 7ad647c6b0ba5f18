package org.childrenscomplaints.api.comment;

import org.childrenscomplaints.api.personal.PersonalData;

import java.util.UUID;

public record CommentAllocatedEvent(UUID commentId, String managerId, @PersonalData String managerName, String team) {

    @Override
    public String toString() {
        return "CommentAllocatedEvent[commentId=" + commentId + ", managerId=" + managerId + "]";
    }
}
