package org.childrenscomplaints.api.security;

import org.axonframework.messaging.Message;
import org.childrenscomplaints.api.audit.AuditMetadata;

import java.util.Objects;

/**
 * The contract's MANAGER acts on the cases allocated to them: a command sent in that role passes
 * only when the case's current stage is allocated to its sender. Every other role passes.
 */
public final class ManagersOwnCases {

    private ManagersOwnCases() {
    }

    /** Why {@code command} may not act on a case whose current stage is allocated to {@code allocatedTo}; null if it may. */
    public static String refusal(Message<?> command, String allocatedTo) {
        if (!Role.MANAGER.name().equals(command.getMetaData().get(AuditMetadata.ROLE))) {
            return null;
        }
        Object sender = command.getMetaData().get(AuditMetadata.RECORDED_BY);
        return allocatedTo != null && Objects.equals(allocatedTo, sender) ? null
                : "A manager acts on the cases allocated to them; this one is "
                + (allocatedTo == null ? "not allocated yet." : "allocated to someone else.");
    }
}
