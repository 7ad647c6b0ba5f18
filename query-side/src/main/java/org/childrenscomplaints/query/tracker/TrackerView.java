package org.childrenscomplaints.query.tracker;

import org.childrenscomplaints.api.tracker.OpenClock;
import org.childrenscomplaints.api.tracker.OpenClocksPage;
import org.childrenscomplaints.api.tracker.TrackerCaseUpdate;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * What one live tracker shows, so that it hears only of the cases it shows or now should: a case
 * whose clocks changed outside its filters is none of its business, unless the case was in view
 * and has just left it (then it gets the case with no clocks, to take its rows away). Updates and
 * a new day's snapshot come from different threads, hence the locking.
 */
final class TrackerView {

    private final Predicate<OpenClock> filter;
    private final Set<UUID> casesShown = new HashSet<>();

    TrackerView(Predicate<OpenClock> filter) {
        this.filter = filter;
    }

    /** The tracker's first rows: every clock the filters select. */
    synchronized List<OpenClock> show(OpenClocksPage snapshot) {
        snapshot.clocks().forEach(clock -> casesShown.add(clock.id()));
        return snapshot.clocks();
    }

    /** A new day's rows replace all the tracker showed. */
    synchronized List<OpenClock> startAgain(OpenClocksPage snapshot) {
        casesShown.clear();
        return show(snapshot);
    }

    /** The update as this tracker should see it, or nothing if the case neither is nor was in view. */
    synchronized Optional<TrackerCaseUpdate> show(TrackerCaseUpdate update) {
        TrackerCaseUpdate inView = update.restrictedTo(filter);
        if (!inView.clocks().isEmpty()) {
            casesShown.add(update.id());
            return Optional.of(inView);
        }
        return casesShown.remove(update.id()) ? Optional.of(inView) : Optional.empty();
    }
}
