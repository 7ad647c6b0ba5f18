package org.childrenscomplaints.query.notification;

import java.util.List;

/**
 * Someone a reminder is for: a person of the directory, in one or more roles on the case, or a role
 * nobody in the directory fills ({@code personId} and {@code email} null, {@code unaddressed} says why).
 */
public record Addressee(String personId, String email, boolean digest, List<ChainRole> roles, String unaddressed) {

    public Addressee {
        roles = List.copyOf(roles);
    }

    public boolean addressed() {
        return email != null;
    }

    /** What the outbox entry is keyed on, with the event: the person, or the role nobody fills. */
    String key() {
        return personId != null ? personId : roles.get(0).name();
    }
}
