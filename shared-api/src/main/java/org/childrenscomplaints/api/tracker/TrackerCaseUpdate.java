package org.childrenscomplaints.api.tracker;

import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A case's open clocks as they stand after a change, sent to live trackers subscribed to
 * {@link FindOpenClocksQuery}. The clocks replace every row of the case a tracker shows: an empty
 * list means none of them is in its view any more.
 */
public record TrackerCaseUpdate(UUID id, String reference, List<OpenClock> clocks) {

    public TrackerCaseUpdate {
        clocks = List.copyOf(clocks);
    }

    /** The same update as a tracker that shows only the clocks {@code inView} accepts sees it. */
    public TrackerCaseUpdate restrictedTo(Predicate<? super OpenClock> inView) {
        return new TrackerCaseUpdate(id, reference, clocks.stream().filter(inView).toList());
    }
}
