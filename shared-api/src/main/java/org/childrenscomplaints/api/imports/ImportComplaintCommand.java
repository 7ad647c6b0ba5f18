package org.childrenscomplaints.api.imports;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.childrenscomplaints.api.complaint.RegisterComplaintCommand;

import java.util.UUID;

/**
 * A complaint from a council's spreadsheet: its registration and everything recorded after it, handled
 * in one unit of work so that a row breaking a rule leaves nothing behind. {@code registration} carries
 * the spreadsheet's reference and the same id as {@code complaintId}.
 */
public record ImportComplaintCommand(@TargetAggregateIdentifier UUID complaintId, RegisterComplaintCommand registration,
                                     ImportedProgress progress) {

    @Override
    public String toString() {
        return "ImportComplaintCommand[complaintId=" + complaintId + "]";
    }
}
