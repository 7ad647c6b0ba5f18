package org.childrenscomplaints.api;

import java.util.UUID;

/** The answer to a registration (complaint, comment, compliment): the new case's id and its readable reference. */
public record CaseRegistration(UUID id, String reference) {
}
