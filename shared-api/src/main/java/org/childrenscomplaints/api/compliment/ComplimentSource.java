package org.childrenscomplaints.api.compliment;

/** Whether the thanks came from outside the council (a family, a child, a partner) or from colleagues. */
public enum ComplimentSource {
    INTERNAL, EXTERNAL
}
