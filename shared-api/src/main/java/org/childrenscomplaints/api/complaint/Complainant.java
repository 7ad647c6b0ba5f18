package org.childrenscomplaints.api.complaint;

import org.childrenscomplaints.api.personal.PersonalData;
/**
 * The person who complains. Name and contact details are personal data: they travel only in
 * this record, never in ids, metadata, log lines or read models built for reports.
 */
public record Complainant(ComplainantRelationship relationship, @PersonalData String name, @PersonalData String email, @PersonalData String phone, @PersonalData String address) {

    @Override
    public String toString() {
        // keeps personal data out of any log line or exception message that prints a message
        return "Complainant[relationship=" + relationship + ", personal details withheld]";
    }
}
