package org.childrenscomplaints.api.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** The current stage's response. A late one needs a delay reason, recorded before or sent with it. */
public record RespondToComplaintCommand(@TargetAggregateIdentifier UUID complaintId, LocalDate respondedOn,
                                        Outcome outcome, Map<String, Outcome> issueOutcomes, DelayReason delayReason) {

    public RespondToComplaintCommand {
        // sorted, so the stored JSON lists the issues in the same order every time
        issueOutcomes = issueOutcomes == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(issueOutcomes));
    }
}
