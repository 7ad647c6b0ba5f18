package org.childrenscomplaints.command.reference;

import org.childrenscomplaints.api.calendar.ReportingYear;
import org.childrenscomplaints.api.reference.CaseReference;
import org.childrenscomplaints.command.rejection.FieldChecks;

import java.time.LocalDate;
import java.util.Optional;

/** The rules of a reference a sender brings (an integration's, or the council's old tracker's), for every kind of case. */
public final class SuppliedReferences {

    static final String FORMAT = "must look like ST-2019-0007: the two letters of the kind of case, the reporting "
            + "year and the case's number";

    private SuppliedReferences() {
    }

    /**
     * @param prefix the letters this kind of case is numbered under (null while unknown)
     * @param kind   the kind of case, as a clerk says it (a STATUTORY complaint, a comment)
     * @return the reference, when one was given; problems are left in {@code checks}
     */
    public static Optional<CaseReference> check(FieldChecks checks, String supplied, String prefix, String kind,
                                                LocalDate receivedOn) {
        if (supplied == null || supplied.isBlank()) {
            return Optional.empty();
        }
        Optional<CaseReference> reference = CaseReference.parse(supplied);
        checks.check(reference.isPresent(), "reference", FORMAT);
        if (reference.isPresent() && prefix != null) {
            checks.check(reference.get().prefix().equals(prefix), "reference", "must start with " + prefix + " for " + kind);
        }
        if (reference.isPresent() && receivedOn != null) {
            int year = ReportingYear.containing(receivedOn);
            checks.check(reference.get().year() == year, "reference", "must carry the reporting year the case was "
                    + "received in (" + year + ", from 1 April to 31 March)");
        }
        return reference;
    }
}
