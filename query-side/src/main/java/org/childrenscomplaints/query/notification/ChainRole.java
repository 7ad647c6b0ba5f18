package org.childrenscomplaints.query.notification;

import org.childrenscomplaints.api.complaint.ReminderLevel;

import java.util.List;
import java.util.Locale;

/** A place in the escalation chain of a case's team, and the reminder levels at which it is told (domain.md). */
public enum ChainRole {
    /** The manager the stage is allocated to; the team manager while nobody (known to the directory) is. */
    MANAGER,
    SERVICE_MANAGER,
    HEAD_OF_SERVICE,
    DIRECTOR;

    public static List<ChainRole> toldAt(ReminderLevel level) {
        return switch (level) {
            case EARLY -> List.of(MANAGER);
            case APPROACHING -> List.of(MANAGER, SERVICE_MANAGER);
            case OVERDUE -> List.of(MANAGER, SERVICE_MANAGER, HEAD_OF_SERVICE);
            case ESCALATED -> List.of(DIRECTOR);
        };
    }

    String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
