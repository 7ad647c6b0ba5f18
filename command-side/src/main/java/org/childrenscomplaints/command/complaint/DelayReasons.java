package org.childrenscomplaints.command.complaint;

import org.childrenscomplaints.api.complaint.DelayReason;
import org.childrenscomplaints.command.policy.ReferenceData;
import org.childrenscomplaints.command.rejection.FieldChecks;

import static org.childrenscomplaints.api.Text.blankToNull;

/** The rule every delay reason follows, for complaints and comments alike. */
public final class DelayReasons {

    private DelayReasons() {
    }

    /**
     * A configured category, and a note when the category is OTHER; fields named under {@code prefix}.
     * Only the import may give {@link Provenance#NOT_RECORDED}, for a late response its spreadsheet gave no reason for.
     */
    public static void check(FieldChecks checks, DelayReason reason, String prefix, ReferenceData referenceData,
                             Provenance provenance) {
        checks.require(reason.category(), prefix + "category");
        if (checks.isValid(prefix + "category") && !provenance.mayRecordAsNotRecorded(reason.category())) {
            provenance.refuseNotRecorded(checks, reason.category(), prefix + "category");
            if (checks.isValid(prefix + "category")) {
                checks.check(referenceData.delayReasons().contains(reason.category()), prefix + "category",
                        referenceData.describeDelayReasons());
            }
            checks.check(!ReferenceData.OTHER_DELAY_REASON.equals(reason.category()) || blankToNull(reason.note()) != null,
                    prefix + "note", "is required when the delay reason is OTHER");
        }
    }
}
