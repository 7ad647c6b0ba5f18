package org.childrenscomplaints.api.compliment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.childrenscomplaints.api.security.IntakeCommand;

import java.time.LocalDate;
import java.util.UUID;

/** A compliment, recorded once. The summary is written anonymised: no child's or family's name. */
public record RecordComplimentCommand(@TargetAggregateIdentifier UUID complimentId, LocalDate receivedOn,
                                      String serviceArea, String team, ComplimentSource source, String summary)
        implements IntakeCommand {

    @Override
    public String toString() {
        return "RecordComplimentCommand[complimentId=" + complimentId + "]";
    }
}
