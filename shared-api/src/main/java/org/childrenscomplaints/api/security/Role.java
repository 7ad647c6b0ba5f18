package org.childrenscomplaints.api.security;

/** Who a caller is to the procedure (the contract's roles). */
public enum Role {
    INTAKE, OFFICER, MANAGER, SCRUTINY, ADMIN;

    /** Scrutiny reads cases and histories to check the procedure, never to know who complained. */
    public boolean seesPersonalData() {
        return this == OFFICER || this == MANAGER || this == ADMIN;
    }
}
