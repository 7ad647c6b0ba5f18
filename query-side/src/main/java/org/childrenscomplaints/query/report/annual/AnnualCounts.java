package org.childrenscomplaints.query.report.annual;

import org.childrenscomplaints.api.calendar.ReportingYear;
import org.childrenscomplaints.api.calendar.WorkingDayCalendar;
import org.childrenscomplaints.api.complaint.CaseStatus;
import org.childrenscomplaints.api.complaint.ComplainantRelationship;
import org.childrenscomplaints.api.complaint.ComplaintView;
import org.childrenscomplaints.api.complaint.ComplaintView.Escalation;
import org.childrenscomplaints.api.complaint.ComplaintView.StageView;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.Stage;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The contract's counting rules: what one contact, as it stands, counts towards which reporting
 * year. A contact belongs to the year it was received in, an escalation to the year it was
 * requested in, an Ombudsman decision to the year it was made in.
 */
final class AnnualCounts {

    static final String RECEIVED = "received";
    static final String SERVICE_AREAS = "serviceAreas";
    static final String ISSUES = "issues";
    static final String STAGE1_OUTCOMES = "stage1Outcomes";
    static final String STAGE1_TIMELINESS = "stage1Timeliness";
    static final String STAGE2_TIMELINESS = "stage2Timeliness";
    static final String NOT_RESPONDED = "notResponded";
    static final String FROM_CHILDREN = "fromChildrenAndYoungPeople";
    static final String COMMENTS = "comments";
    static final String COMPLIMENTS = "compliments";

    private final WorkingDayCalendar calendar;

    AnnualCounts(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    Map<YearCount, Integer> ofComplaint(ComplaintView complaint) {
        Counts counts = new Counts();
        int year = ReportingYear.containing(complaint.receivedOn());
        String procedure = complaint.procedure().name();
        counts.add(year, CountKey.of(CountKey.TOTALS, totalOf(complaint.procedure())));
        if (complaint.procedure() != Procedure.SEND
                && complaint.complainantRelationship() == ComplainantRelationship.CHILD_OR_YOUNG_PERSON) {
            counts.add(year, CountKey.of(CountKey.TOTALS, FROM_CHILDREN));
        }
        counts.add(year, CountKey.of(procedure, RECEIVED));
        counts.add(year, CountKey.of(procedure, SERVICE_AREAS, complaint.serviceArea()));
        complaint.issues().forEach(issue -> counts.add(year, CountKey.of(procedure, ISSUES, issue)));

        StageView stage1 = stage(complaint, Stage.STAGE_1).orElseThrow();
        counts.add(year, CountKey.of(procedure, STAGE1_OUTCOMES, stage1Outcome(complaint, stage1)));
        counts.add(year, CountKey.of(procedure, STAGE1_TIMELINESS, endOfStage1(complaint, stage1)
                .map(end -> stage1Band(calendar.workingDaysTaken(complaint.receivedOn(), end)))
                .orElse(NOT_RESPONDED)));

        for (Escalation escalation : complaint.escalations()) {
            int requestYear = ReportingYear.containing(escalation.requestedOn());
            counts.add(requestYear, CountKey.of(procedure, "escalatedTo" + stageName(escalation.toStage())));
            if (escalation.toStage() == Stage.STAGE_2) {
                // the contract times Stage 2 to its response only
                Optional<LocalDate> end = stage(complaint, Stage.STAGE_2).map(StageView::respondedOn);
                counts.add(requestYear, CountKey.of(procedure, STAGE2_TIMELINESS, end
                        .map(on -> stage2Band(calendar.workingDaysTaken(escalation.requestedOn(), on)))
                        .orElse(NOT_RESPONDED)));
            }
        }
        if (complaint.ombudsmanDecision() != null) {
            counts.add(ReportingYear.containing(complaint.ombudsmanDecision().decidedOn()),
                    CountKey.of(CountKey.OMBUDSMAN, CountKey.DECISIONS, complaint.ombudsmanDecision().decision().name()));
        }
        return counts.counts;
    }

    /** The total a procedure's complaints count towards: "statutory", "corporate", "send". */
    static String totalOf(Procedure procedure) {
        return procedure.name().toLowerCase(Locale.ROOT);
    }

    static Map<YearCount, Integer> ofComment(LocalDate receivedOn) {
        Counts counts = new Counts();
        counts.add(ReportingYear.containing(receivedOn), CountKey.of(CountKey.TOTALS, COMMENTS));
        return counts.counts;
    }

    static Map<YearCount, Integer> ofCompliment(LocalDate receivedOn, String team) {
        Counts counts = new Counts();
        int year = ReportingYear.containing(receivedOn);
        counts.add(year, CountKey.of(CountKey.TOTALS, COMPLIMENTS));
        counts.add(year, CountKey.of(CountKey.COMPLIMENTS, CountKey.BY_TEAM, team));
        return counts.counts;
    }

    /** What changing a contact's counts from {@code before} to {@code after} adds to each year; zero changes left out. */
    static Map<Integer, Map<String, Integer>> change(Map<YearCount, Integer> before, Map<YearCount, Integer> after) {
        Map<YearCount, Integer> difference = new HashMap<>(after);
        before.forEach((count, n) -> difference.merge(count, -n, Integer::sum));
        Map<Integer, Map<String, Integer>> byYear = new HashMap<>();
        difference.forEach((count, n) -> {
            if (n != 0) {
                byYear.computeIfAbsent(count.year(), year -> new HashMap<>()).put(count.key(), n);
            }
        });
        return byYear;
    }

    /** Stage 1's finding; withdrawn or declined if that ended the case before a Stage 1 answer; pending if neither. */
    private static String stage1Outcome(ComplaintView complaint, StageView stage1) {
        if (stage1.outcome() != null) {
            return stage1.outcome().name();
        }
        return closedUnanswered(complaint, stage1, CaseStatus.WITHDRAWN, CaseStatus.DECLINED)
                ? complaint.status().name() : "PENDING";
    }

    /**
     * The day Stage 1 ended for timeliness: its answer, or a withdrawal before one. The seed report
     * counts Stage 1 withdrawals in its bands (they hold every complaint but the pending ones); a
     * decline is no answer, so it stays not responded rather than flatter the percentages.
     */
    private static Optional<LocalDate> endOfStage1(ComplaintView complaint, StageView stage1) {
        if (stage1.respondedOn() != null) {
            return Optional.of(stage1.respondedOn());
        }
        return closedUnanswered(complaint, stage1, CaseStatus.WITHDRAWN) ? Optional.of(complaint.closedOn()) : Optional.empty();
    }

    private static boolean closedUnanswered(ComplaintView complaint, StageView stage, CaseStatus... closures) {
        return List.of(closures).contains(complaint.status()) && complaint.stage() == stage.stage()
                && stage.respondedOn() == null;
    }

    private static Optional<StageView> stage(ComplaintView complaint, Stage stage) {
        return complaint.stages().stream().filter(s -> s.stage() == stage).findFirst();
    }

    private static String stage1Band(int workingDays) {
        return workingDays <= 10 ? "within10" : workingDays <= 20 ? "from11to20" : "over20";
    }

    private static String stage2Band(int workingDays) {
        return workingDays <= 25 ? "within25" : workingDays <= 65 ? "from26to65" : "over65";
    }

    /** STAGE_2 reads "Stage2", OMBUDSMAN "Ombudsman", as the contract's escalatedTo... names have them. */
    private static String stageName(Stage stage) {
        return switch (stage) {
            case STAGE_1 -> "Stage1";
            case STAGE_2 -> "Stage2";
            case STAGE_3 -> "Stage3";
            case OMBUDSMAN -> "Ombudsman";
        };
    }

    private static final class Counts {
        private final Map<YearCount, Integer> counts = new HashMap<>();

        void add(int year, CountKey key) {
            counts.merge(YearCount.of(year, key), 1, Integer::sum);
        }
    }
}
