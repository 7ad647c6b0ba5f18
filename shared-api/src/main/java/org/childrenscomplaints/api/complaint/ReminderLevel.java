package org.childrenscomplaints.api.complaint;

/** How pressing a reminder about an open clock is, in rising order; who receives it grows with it. */
public enum ReminderLevel {
    /** Half the allowed time has passed: the allocated manager. */
    EARLY,
    /** Due within two working days: the manager and the service manager. */
    APPROACHING,
    /** A working day past due: up to the head of service; a delay reason is now required. */
    OVERDUE,
    /** Five working days past due: the director. */
    ESCALATED
}
