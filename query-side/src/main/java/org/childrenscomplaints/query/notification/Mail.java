package org.childrenscomplaints.query.notification;

/** A mail as written from its templates: the same message as plain text and as HTML. */
public record Mail(String to, String subject, String text, String html) {
}
