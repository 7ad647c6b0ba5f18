package org.childrenscomplaints.api.audit;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;

/**
 * Who did it: metadata a command carries and every event it causes inherits, so a case's history
 * says who recorded each fact and in which role. Never personal data of the people a case is about.
 */
public final class AuditMetadata {

    /** The signed-in user's id. */
    public static final String RECORDED_BY = "recordedBy";
    /** The role the user acted in (one of {@link org.childrenscomplaints.api.security.Role}). */
    public static final String ROLE = "role";

    private AuditMetadata() {
    }

    public static CorrelationDataProvider passedFromCommandsToEvents() {
        return new SimpleCorrelationDataProvider(RECORDED_BY, ROLE);
    }
}
