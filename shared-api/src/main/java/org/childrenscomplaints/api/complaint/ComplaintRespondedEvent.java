package org.childrenscomplaints.api.complaint;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** A stage was answered, with its overall finding and, where given, a finding per issue. */
public record ComplaintRespondedEvent(UUID complaintId, Stage stage, LocalDate respondedOn, Outcome outcome,
                                      Map<String, Outcome> issueOutcomes) {

    public ComplaintRespondedEvent {
        // sorted, so the stored JSON lists the issues in the same order every time
        issueOutcomes = issueOutcomes == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(issueOutcomes));
    }
}
