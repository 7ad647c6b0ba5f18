package org.childrenscomplaints.api.tracker;

import org.childrenscomplaints.api.complaint.Procedure;

/**
 * Open clocks, most urgent first. Every filter is optional; {@code page} and {@code size} are
 * either both absent (every clock) or both given.
 */
public record FindOpenClocksQuery(
        Rag rag,
        Procedure procedure,
        String team,
        String serviceArea,
        String managerId,
        Integer page,
        Integer size) {

    public boolean paged() {
        return page != null && size != null;
    }
}
