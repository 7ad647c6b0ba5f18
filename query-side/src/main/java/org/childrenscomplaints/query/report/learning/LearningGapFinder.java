package org.childrenscomplaints.query.report.learning;

import org.childrenscomplaints.api.calendar.WorkingDayCalendar;
import org.childrenscomplaints.api.complaint.ComplaintView;
import org.childrenscomplaints.api.complaint.ComplaintView.Learning;
import org.childrenscomplaints.api.complaint.ComplaintView.LearningActionView;
import org.childrenscomplaints.api.complaint.ComplaintView.StageView;
import org.childrenscomplaints.api.complaint.Outcome;
import org.childrenscomplaints.api.report.learning.LearningGaps;
import org.childrenscomplaints.api.report.learning.LearningGaps.OverdueAction;
import org.childrenscomplaints.api.report.learning.LearningGaps.UpheldWithoutLearning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Finds the learning still owed on a day: pure, so the rules are tested without a database. */
final class LearningGapFinder {

    /** The findings that call for learning (domain: "for upheld or partially upheld complaints"). */
    static final Set<Outcome> CALLS_FOR_LEARNING = Set.of(Outcome.UPHELD, Outcome.PARTIALLY_UPHELD);

    private LearningGapFinder() {
    }

    static LearningGaps find(Collection<ComplaintView> cases, LocalDate today, WorkingDayCalendar calendar) {
        return new LearningGaps(today,
                cases.stream()
                        .filter(complaint -> complaint.learning().isEmpty())
                        .flatMap(complaint -> firstUpheldStage(complaint)
                                .map(stage -> upheldWithoutLearning(complaint, stage, today, calendar)).stream())
                        .sorted(Comparator.comparing(UpheldWithoutLearning::respondedOn)
                                .thenComparing(UpheldWithoutLearning::reference))
                        .toList(),
                cases.stream()
                        .flatMap(complaint -> complaint.learning().stream()
                                .flatMap(learning -> overdueActions(complaint.reference(), learning, today, calendar)))
                        .sorted(Comparator.comparing(OverdueAction::dueDate)
                                .thenComparing(OverdueAction::reference)
                                .thenComparing(OverdueAction::learningId)
                                .thenComparing(OverdueAction::actionIndex))
                        .toList());
    }

    /** Stages are kept in the order they were reached, so the first upheld is the one learning is owed since. */
    private static Optional<StageView> firstUpheldStage(ComplaintView complaint) {
        return complaint.stages().stream().filter(stage -> CALLS_FOR_LEARNING.contains(stage.outcome())).findFirst();
    }

    private static UpheldWithoutLearning upheldWithoutLearning(ComplaintView complaint, StageView stage, LocalDate today,
                                                               WorkingDayCalendar calendar) {
        return new UpheldWithoutLearning(complaint.id(), complaint.reference(), complaint.procedure(), stage.stage(),
                stage.outcome(), stage.respondedOn(), complaint.serviceArea(), complaint.team(),
                calendar.workingDaysSince(stage.respondedOn(), today));
    }

    private static Stream<OverdueAction> overdueActions(String reference, Learning learning, LocalDate today,
                                                        WorkingDayCalendar calendar) {
        return IntStream.range(0, learning.actions().size())
                .filter(index -> overdue(learning.actions().get(index), today))
                .mapToObj(index -> {
                    LearningActionView action = learning.actions().get(index);
                    return new OverdueAction(reference, learning.learningId(), index, action.description(),
                            action.dueDate(), calendar.workingDaysSince(action.dueDate(), today));
                });
    }

    /** Learning captured before due dates were required has actions without one: those cannot be overdue. */
    private static boolean overdue(LearningActionView action, LocalDate today) {
        return action.completedOn() == null && action.dueDate() != null && action.dueDate().isBefore(today);
    }
}
