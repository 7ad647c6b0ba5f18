package org.childrenscomplaints.command.complaint.register;

import org.childrenscomplaints.api.complaint.ComplainantRelationship;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.RegisterComplaintCommand;
import org.childrenscomplaints.api.reference.CaseReference;
import org.childrenscomplaints.command.policy.ComplaintRules;
import org.childrenscomplaints.command.policy.ReferenceData;
import org.childrenscomplaints.command.reference.SuppliedReferences;
import org.childrenscomplaints.command.rejection.FieldChecks;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.childrenscomplaints.api.Text.blankToNull;
import static org.childrenscomplaints.command.rejection.CommandRejectedException.ruleBroken;

/**
 * The rules of a registration, whichever way it arrives (HTTP, import): first every field, each
 * broken one named in a single refusal (400), then the procedure's own rules (409).
 */
public final class RegistrationChecks {

    /** The Children Act 1989 came into force on 14 October 1991: no complaint under it is older. */
    public static final LocalDate EARLIEST_RECEIPT = LocalDate.of(1991, 10, 14);

    private RegistrationChecks() {
    }

    /** @return the reference the sender supplied, if any, once everything has passed */
    public static Optional<CaseReference> check(RegisterComplaintCommand command, ComplaintRules rules) {
        Optional<CaseReference> reference = checkFields(command, rules);
        checkEligibility(command);
        return reference;
    }

    private static Optional<CaseReference> checkFields(RegisterComplaintCommand command, ComplaintRules rules) {
        FieldChecks checks = new FieldChecks()
                .require(command.procedure(), "procedure")
                .require(command.receivedOn(), "receivedOn")
                .require(command.channel(), "channel")
                .require(command.complainant(), "complainant")
                .require(command.issues(), "issues")
                .require(command.summary(), "summary");
        if (command.complainant() != null) {
            checks.require(command.complainant().relationship(), "complainant.relationship");
        }
        checks.businessDate(command.receivedOn(), "receivedOn", rules.today(), EARLIEST_RECEIPT,
                "the Children Act 1989 came into force");
        if (command.receivedOn() != null) {
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
        referenceData.checkServiceArea(checks, command.serviceArea());
        List<String> issues = command.issues();
        for (int i = 0; i < issues.size(); i++) {
            String issue = issues.get(i);
            checks.require(issue, "issues[" + i + "]");
            if (issue != null) {
                checks.check(referenceData.issueCategories().contains(issue), "issues[" + i + "]",
                        referenceData.describeIssueCategories());
                checks.check(issues.indexOf(issue) == i, "issues[" + i + "]", "repeats " + issue + "; list each issue once");
            }
        }
    }

    private static Optional<CaseReference> suppliedReference(RegisterComplaintCommand command, FieldChecks checks) {
        Procedure procedure = command.procedure();
        return SuppliedReferences.check(checks, command.reference(), procedure == null ? null : procedure.referencePrefix(),
                "a " + procedure + " complaint", command.receivedOn());
    }

    /** The procedure's own rules on who may use it and how old a matter may be (409 when broken). */
    private static void checkEligibility(RegisterComplaintCommand command) {
        ComplainantRelationship relationship = command.complainant().relationship();
        if (command.procedure() == Procedure.STATUTORY && !relationship.qualifiesForStatutoryProcedure()
                && blankToNull(command.sufficientInterestReason()) == null) {
            throw ruleBroken("A statutory complaint from someone who is " + relationship + " needs the council's "
                    + "decision that they have sufficient interest in the child's welfare: give sufficientInterestReason, "
                    + "or register it under the corporate procedure.");
        }
        if (command.matterOccurredOn() != null && command.matterOccurredOn().plusYears(1).isBefore(command.receivedOn())
                && blankToNull(command.lateAcceptanceReason()) == null) {
            throw ruleBroken("The matter complained about happened more than a year before the complaint was received ("
                    + command.matterOccurredOn() + "): record the reason for accepting it late in lateAcceptanceReason.");
        }
    }
}
