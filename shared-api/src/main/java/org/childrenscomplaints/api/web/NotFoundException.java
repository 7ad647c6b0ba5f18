package org.childrenscomplaints.api.web;

/** Answered as 404: the id or reference names nothing the system holds. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
