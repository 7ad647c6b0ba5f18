package org.childrenscomplaints.api.comment;

import java.util.UUID;

public record CommentAllocatedEvent(UUID commentId, String managerId, String managerName, String team) {

    @Override
    public String toString() {
        return "CommentAllocatedEvent[commentId=" + commentId + ", managerId=" + managerId + "]";
    }
}
