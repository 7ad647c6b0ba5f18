package org.childrenscomplaints.api;

/** Free text as people send it. */
public final class Text {

    private Text() {
    }

    /** The text without surrounding spaces, or null when nothing is left: a blank field was not given. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
