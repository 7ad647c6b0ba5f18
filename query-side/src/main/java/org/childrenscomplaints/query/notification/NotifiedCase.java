package org.childrenscomplaints.query.notification;

import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.Stage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.HashMap;
import java.util.Map;

/**
 * What the notifier knows of a case to address its reminders: kept by the notifier from the
 * case's own events, in order, so a reminder never waits for (or misses because of) a read model
 * being rebuilt. No personal data: staff ids only, never their names.
 *
 * @param allocations by stage name: who has the stage and for which team
 */
@Document("notification_cases")
record NotifiedCase(@Id String id, String reference, Procedure procedure, String team,
                    Map<String, Allocation> allocations) {

    record Allocation(String managerId, String team) {
    }

    NotifiedCase allocated(Stage stage, Allocation allocation) {
        Map<String, Allocation> byStage = allocations == null ? new HashMap<>() : new HashMap<>(allocations);
        byStage.put(stage.name(), allocation);
        return new NotifiedCase(id, reference, procedure, team, byStage);
    }

    NotifiedCase under(Procedure newProcedure) {
        return new NotifiedCase(id, reference, newProcedure, team, allocations);
    }

    Allocation allocationOf(Stage stage) {
        return allocations == null ? null : allocations.get(stage.name());
    }
}
