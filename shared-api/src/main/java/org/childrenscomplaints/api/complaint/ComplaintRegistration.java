package org.childrenscomplaints.api.complaint;

import java.util.UUID;

/** The answer to {@link RegisterComplaintCommand}: the new case's id and its readable reference. */
public record ComplaintRegistration(UUID id, String reference) {
}
