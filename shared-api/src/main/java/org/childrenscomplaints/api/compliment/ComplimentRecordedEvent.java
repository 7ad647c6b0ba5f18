package org.childrenscomplaints.api.compliment;

import org.childrenscomplaints.api.personal.PersonalData;

import java.time.LocalDate;
import java.util.UUID;

public record ComplimentRecordedEvent(UUID complimentId, String reference, LocalDate receivedOn, String serviceArea,
                                      String team, ComplimentSource source, @PersonalData String summary) {

    @Override
    public String toString() {
        return "ComplimentRecordedEvent[complimentId=" + complimentId + ", reference=" + reference + "]";
    }
}
