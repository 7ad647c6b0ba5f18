package org.childrenscomplaints.api.security;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Arrays;

/** What the signed-in caller of a request may see. */
public final class Caller {

    private Caller() {
    }

    /** Only a caller signed in with a role that works with the people concerned; nobody when no one is signed in. */
    public static boolean seesPersonalData(HttpServletRequest request) {
        return Arrays.stream(Role.values()).filter(Role::seesPersonalData).anyMatch(role -> request.isUserInRole(role.name()));
    }
}
