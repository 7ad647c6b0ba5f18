package org.childrenscomplaints.api.complaint;

/** What an open clock is waiting for. */
public enum ClockType {
    ACKNOWLEDGEMENT, RESPONSE
}
