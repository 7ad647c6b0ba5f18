package org.childrenscomplaints.api.imports;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.childrenscomplaints.api.compliment.RecordComplimentCommand;

import java.util.UUID;

/** A compliment from a council's spreadsheet, with the reference it had there. */
public record ImportComplimentCommand(@TargetAggregateIdentifier UUID complimentId, String reference,
                                      RecordComplimentCommand compliment) {

    @Override
    public String toString() {
        return "ImportComplimentCommand[complimentId=" + complimentId + "]";
    }
}
