package org.childrenscomplaints.api.complaint;

public enum Channel {
    PHONE, EMAIL, LETTER, WEB_FORM, IN_PERSON, MOBILE_APP, CONTACT_CENTRE, COUNCILLOR_OR_MP
}
