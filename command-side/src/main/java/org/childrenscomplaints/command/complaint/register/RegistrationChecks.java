package org.childrenscomplaints.command.complaint.register;

import org.childrenscomplaints.api.complaint.RegisterComplaintCommand;
import org.childrenscomplaints.api.reference.CaseReference;
import org.childrenscomplaints.command.policy.ComplaintRules;
import org.childrenscomplaints.command.policy.ReferenceData;
import org.childrenscomplaints.command.rejection.FieldChecks;

import java.util.List;
import java.util.Optional;

/**
 * The field rules of a registration, whichever way it arrives (HTTP, import): all of them are
 * checked and every broken one is named in a single refusal.
 */
public final class RegistrationChecks {

    static final String REFERENCE_FORMAT = "must look like ST-2019-0007: the procedure's two letters, the reporting "
            + "year and the case's number";

    private RegistrationChecks() {
    }

    /** @return the reference the sender supplied, if any, once everything has passed */
    public static Optional<CaseReference> check(RegisterComplaintCommand command, ComplaintRules rules) {
        FieldChecks checks = new FieldChecks()
                .require(command.procedure(), "procedure")
                .require(command.receivedOn(), "receivedOn")
                .require(command.channel(), "channel")
                .require(command.complainant(), "complainant")
                .require(command.serviceArea(), "serviceArea")
                .require(command.issues(), "issues")
                .require(command.summary(), "summary");
        if (command.complainant() != null) {
            checks.require(command.complainant().relationship(), "complainant.relationship");
        }
        if (command.receivedOn() != null) {
            checks.check(!command.receivedOn().isAfter(rules.today()), "receivedOn", "cannot be in the future");
            if (command.matterOccurredOn() != null) {
                checks.check(!command.matterOccurredOn().isAfter(command.receivedOn()), "matterOccurredOn",
                        "cannot be after the day the complaint was received");
            }
        }
        checkReferenceData(command, rules.referenceData(), checks);
        Optional<CaseReference> reference = suppliedReference(command, checks);
        checks.throwIfAny();
        return reference;
    }

    private static void checkReferenceData(RegisterComplaintCommand command, ReferenceData referenceData, FieldChecks checks) {
        if (checks.isValid("serviceArea")) {
            checks.check(referenceData.serviceAreas().contains(command.serviceArea()), "serviceArea",
                    referenceData.describeServiceAreas());
        }
        List<String> issues = command.issues();
        for (int i = 0; i < issues.size(); i++) {
            checks.check(referenceData.issueCategories().contains(issues.get(i)), "issues[" + i + "]",
                    referenceData.describeIssueCategories());
        }
    }

    private static Optional<CaseReference> suppliedReference(RegisterComplaintCommand command, FieldChecks checks) {
        if (command.reference() == null || command.reference().isBlank()) {
            return Optional.empty();
        }
        Optional<CaseReference> reference = CaseReference.parse(command.reference());
        checks.check(reference.isPresent(), "reference", REFERENCE_FORMAT);
        if (reference.isPresent() && command.procedure() != null) {
            String prefix = command.procedure().referencePrefix();
            checks.check(reference.get().prefix().equals(prefix), "reference",
                    "must start with " + prefix + " for a " + command.procedure() + " complaint");
        }
        return reference;
    }
}
