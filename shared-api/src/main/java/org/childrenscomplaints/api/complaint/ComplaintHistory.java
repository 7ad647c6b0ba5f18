package org.childrenscomplaints.api.complaint;

import java.util.List;

/** A complaint's events, oldest first. */
public record ComplaintHistory(List<HistoryEntry> events) {

    public ComplaintHistory {
        events = List.copyOf(events);
    }
}
