package org.childrenscomplaints.command.complaint;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * A piece of learning captured on a complaint: part of the Complaint aggregate's state, replaced
 * (never changed) by its event-sourcing handlers.
 *
 * @param completedOn the day each completed action (by its index) was done
 */
record LearningProgress(LocalDate capturedOn, int actionCount, Map<Integer, LocalDate> completedOn) {

    LearningProgress {
        completedOn = Map.copyOf(completedOn);
    }

    static LearningProgress captured(LocalDate on, int actions) {
        return new LearningProgress(on, actions, Map.of());
    }

    LearningProgress completed(int index, LocalDate on) {
        Map<Integer, LocalDate> done = new HashMap<>(completedOn);
        done.put(index, on);
        return new LearningProgress(capturedOn, actionCount, done);
    }
}
