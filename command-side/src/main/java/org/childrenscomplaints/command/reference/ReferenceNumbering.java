package org.childrenscomplaints.command.reference;

import org.childrenscomplaints.api.reference.CaseReference;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Gives a new case its readable reference, unique across every node that registers cases. */
@FunctionalInterface
public interface ReferenceNumbering {

    /**
     * The supplied reference when given and free, otherwise the next one of the series with this
     * prefix (a procedure's letters, CM for comments, CP for compliments) for the reporting year
     * the case was received in.
     */
    CaseReference number(String prefix, LocalDate receivedOn, Optional<CaseReference> supplied, UUID caseId);
}
