package org.childrenscomplaints.query.tracker;

import org.childrenscomplaints.api.complaint.Procedure;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** What every clock of a case shows about the case, kept so clocks of later stages can be opened. */
@Document("tracker_cases")
record TrackerCaseDocument(@Id String id, String reference, Procedure procedure, String serviceArea, String team) {

    TrackerCaseDocument under(Procedure newProcedure) {
        return new TrackerCaseDocument(id, reference, newProcedure, serviceArea, team);
    }
}
