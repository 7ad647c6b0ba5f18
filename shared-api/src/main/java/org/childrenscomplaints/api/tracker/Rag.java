package org.childrenscomplaints.api.tracker;

/** How urgent an open clock is on the day it is read. */
public enum Rag {
    /** A working day or more past its due date. */
    RED,
    /** Due within {@link #AMBER_WORKING_DAYS} working days (the APPROACHING reminder's window). */
    AMBER,
    /** On track. */
    GREEN;

    public static final int AMBER_WORKING_DAYS = 2;

    public static Rag of(int workingDaysLeft) {
        if (workingDaysLeft < 0) {
            return RED;
        }
        return workingDaysLeft <= AMBER_WORKING_DAYS ? AMBER : GREEN;
    }
}
