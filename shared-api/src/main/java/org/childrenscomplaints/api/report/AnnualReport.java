package org.childrenscomplaints.api.report;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The statutory annual report for the reporting year starting 1 April {@code year}, in the
 * contract's shape and under its counting rules. Counts only: no person's name or contact details.
 * Maps list their largest counts first.
 */
public record AnnualReport(
        int year,
        LocalDate from,
        LocalDate to,
        Totals totals,
        Totals previousTotals,
        Change changePercent,
        Map<String, ProcedureFigures> procedures,
        Map<String, Integer> ombudsmanDecisions,
        Map<String, Integer> complimentsByTeam,
        List<LearningEntry> learning) {

    /** {@code complaints} is statutory + corporate; SEND is reported beside them, as in the seed report. */
    public record Totals(int complaints, int statutory, int corporate, int send, int comments, int compliments,
                         int complimentTeams, int fromChildrenAndYoungPeople) {
    }

    /** Each total's change on the year before, in whole percent (half-up); null where the year before had none. */
    public record Change(Integer complaints, Integer statutory, Integer corporate, Integer send, Integer comments,
                         Integer compliments, Integer complimentTeams, Integer fromChildrenAndYoungPeople) {
    }

    /** One procedure's complaints received in the year, and its escalations requested in the year. */
    public record ProcedureFigures(int received, Map<String, Integer> serviceAreas, Map<String, Integer> issues,
                                   int issueCount, int issueCategoryCount, Map<String, Integer> stage1Outcomes,
                                   Stage1Timeliness stage1Timeliness, Integer percentWithin10, Integer percentWithin20,
                                   Stage2Timeliness stage2Timeliness, int escalatedToStage2, int escalatedToStage3,
                                   int escalatedToOmbudsman) {
    }

    /** Working days from receipt to the Stage 1 answer (or the withdrawal or decline that ended Stage 1). */
    public record Stage1Timeliness(int within10, int from11to20, int over20, int notResponded) {
    }

    /** Working days from the Stage 2 request to the Stage 2 answer. */
    public record Stage2Timeliness(int within25, int from26to65, int over65, int notResponded) {
    }

    /** What the council learnt from a complaint of the year, and whether its actions are done. */
    public record LearningEntry(String reference, String category, String summary, List<String> actions,
                                boolean allActionsComplete) {

        /** Reports are kept and answered again (the query side's annual report handler): no reader may change their actions. */
        public LearningEntry {
            actions = actions == null ? List.of() : Collections.unmodifiableList(actions);
        }
    }
}
