package org.childrenscomplaints.api.report.learning;

import org.childrenscomplaints.api.complaint.Outcome;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.Stage;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The seeds' complaint that learning forms are not returned, as a list to chase: each oldest first,
 * working days counted up to {@code asOf}. No action owner is named: reports carry no personal data.
 */
public record LearningGaps(LocalDate asOf, List<UpheldWithoutLearning> upheldWithoutLearning,
                           List<OverdueAction> overdueActions) {

    /**
     * A complaint upheld or partially upheld at some stage with no learning captured, whatever became
     * of it since (a withdrawn case still owes its learning). The stage is the first one upheld: the
     * learning has been owed since its response.
     */
    public record UpheldWithoutLearning(UUID id, String reference, Procedure procedure, Stage stage, Outcome outcome,
                                        LocalDate respondedOn, String serviceArea, String team,
                                        int workingDaysSinceResponse) {
    }

    /** An action of captured learning past its due date and not completed; actions are numbered from 0. */
    public record OverdueAction(String reference, UUID learningId, int actionIndex, String description,
                                LocalDate dueDate, int workingDaysOverdue) {
    }
}
