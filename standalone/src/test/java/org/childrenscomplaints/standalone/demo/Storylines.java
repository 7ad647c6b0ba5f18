package org.childrenscomplaints.standalone.demo;

import org.childrenscomplaints.api.complaint.Procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import static org.childrenscomplaints.standalone.demo.ComplaintRows.workingDaysAfter;
import static org.childrenscomplaints.standalone.demo.SeedFigures.LAST_YEAR;
import static org.childrenscomplaints.standalone.demo.SeedFigures.THIS_YEAR;

/**
 * The seed's named cases, written onto complaints the cohorts dealt out: its Stage 2, Stage 3 and Ombudsman
 * cases, and its learning table in neutral words. A case takes the service area or issues its story needs
 * by swapping them with another complaint of its cohort, so the cohort's counts do not change.
 */
final class Storylines {

    private final List<ComplaintRow> rows;

    private Storylines(List<ComplaintRow> rows) {
        this.rows = rows;
    }

    static void tell(List<ComplaintRow> rows) {
        Storylines stories = new Storylines(rows);
        stories.stage2And3();
        stories.ombudsman();
        stories.learning();
    }

    /**
     * "There were 2 complaints which was progressed to a stage two investigations. One ... transition from
     * children services to adults ... The second case is in relation to delayed payments for an adopted child
     * ... There has been 1 complaint which has progressed to a stage three review panel ... as a result of
     * dissatisfaction with stage two investigation outcome report and is still in the process of being arranged".
     */
    private void stage2And3() {
        // answered in the autumn, so the Stage 3 panel falls due in the spring of 2020; the row's one extension is
        // Stage 2's
        ComplaintRow transition = pick(receivedBetween(Procedure.STATUTORY, THIS_YEAR, "2019-07-01", "2019-10-31")
                .and(row -> row.extensionAgreedOn == null && row.stage1RespondedOn != null
                        && row.stage1RespondedOn.isAfter(LocalDate.of(2019, 9, 15))
                        && row.stage1RespondedOn.isBefore(LocalDate.of(2019, 11, 10))));
        moveTo(transition, "DISABLED_CHILDREN");
        transition.summary = "Dissatisfied with how the move from children's to adult services was handled";
        transition.stage2RequestedOn = workingDaysAfter(transition.stage1RespondedOn, 15);
        // a statutory Stage 2 may be extended to at most 65 working days
        transition.extensionAgreedOn = workingDaysAfter(transition.stage2RequestedOn, 20);
        transition.extendedDueDate = workingDaysAfter(transition.stage2RequestedOn, 60);
        transition.stage2RespondedOn = workingDaysAfter(transition.stage2RequestedOn, 55);
        transition.stage2Outcome = "NOT_UPHELD";
        transition.stage3RequestedOn = inThisYear(workingDaysAfter(transition.stage2RespondedOn, 15));

        ComplaintRow adoption = pick(Procedure.STATUTORY, THIS_YEAR, "2019-11-01", "2020-02-20");
        moveTo(adoption, "ADOPTION");
        takeIssuesWith(adoption, "FINANCE_PAYMENTS");
        adoption.summary = "Adoption support payments were delayed and services did not talk to each other";
        adoption.stage2RequestedOn = inThisYear(workingDaysAfter(adoption.stage1RespondedOn, 10));
        if (adoption.delayReasons.isEmpty()) {
            // the investigation runs on past the year's end: a reason no late Stage 1 answer took goes to Stage 2
            adoption.delayReasons = List.of("INVESTIGATOR_UNAVAILABLE");
        }
    }

    /**
     * "A total of 2 cases proceeded to the Ombudsman. This compares to 1 case in 2018/2019 ... partially upheld
     * and the ombudsman's findings were accepted ... This case was not upheld. The Ombudsman found no fault";
     * SEND: "There have been 3 cases received in for the period ... all of which were upheld".
     */
    private void ombudsman() {
        ComplaintRow provider = afterStage2(pick(Procedure.CORPORATE, LAST_YEAR, "2018-06-01", "2018-12-31"));
        provider.summary = "How the council treated an employee of an independent provider, and what followed";
        referred(provider, LocalDate.of(2019, 5, 13), LocalDate.of(2020, 1, 20), "UPHELD_FAULT_INJUSTICE");

        ComplaintRow report = afterStage2(pick(Procedure.CORPORATE, LAST_YEAR, "2018-06-01", "2018-12-31"));
        takeIssuesWith(report, "DATA_PROTECTION");
        report.summary = "An assessment report was inaccurate and personal details were disclosed";
        referred(report, LocalDate.of(2019, 7, 8), LocalDate.of(2020, 2, 24), "NOT_UPHELD_NO_FAULT");

        ComplaintRow lastYears = afterStage2(pick(Procedure.CORPORATE, LAST_YEAR, "2018-04-01", "2018-07-31"));
        LocalDate referredOn = workingDaysAfter(lastYears.stage2RespondedOn, 15);
        referred(lastYears, referredOn, workingDaysAfter(referredOn, 60), "NOT_UPHELD_NO_FAULT");

        for (int i = 0; i < 3; i++) {
            ComplaintRow send = pick(Procedure.SEND, THIS_YEAR, "2019-04-01", "2019-06-30");
            LocalDate sendReferredOn = workingDaysAfter(send.stage1RespondedOn, 25);
            referred(send, sendReferredOn, inThisYear(workingDaysAfter(sendReferredOn, 80)), "UPHELD_FAULT_INJUSTICE");
        }
    }

    /** "EXAMPLE OF LEARNING FROM COMPLAINTS", retold without names or places. */
    private void learning() {
        learnt(Procedure.CORPORATE, "FAST", "PROVIDE_TRAINING",
                "A health visitor raised concerns about the safe sleep advice given during an assessment",
                "Safe sleep leaflets placed in the family centre and the team's office",
                "Training from the hospital's safeguarding lead nurse",
                "The correct advice protocol discussed with the member of staff");
        learnt(Procedure.STATUTORY, "ASS", "POLICY_PROCEDURE_CHANGE",
                "A parent complained that a DNA test was taken without preparing the child, which upset him",
                "Young people told before a test takes place",
                "Discussed with the whole team so children are prepared in future");
        learnt(Procedure.SEND, "SEND", "IMPROVE_COMMUNICATION",
                "Not updated on the progress of an EHCP assessment; calls and emails went unanswered",
                "More case officer capacity to improve communication with families",
                "All staff reminded of the expected standards for contact with families",
                "Training on those standards", "Every call logged with brief details so messages are actioned and tracked");
        learnt(Procedure.CORPORATE, "OTHER", "POLICY_PROCEDURE_CHANGE",
                "A reference needed to work as a nanny took so long that earnings were lost",
                "Revised procedure put in place");
        learnt(Procedure.CORPORATE, "CM_POD", "IMPROVE_COMMUNICATION",
                "A parent said a social worker made offensive remarks and was abrupt and insensitive",
                "Social workers to be sensitive when families are going through difficult times",
                "Tasks suggested to the family to be completed",
                "Good and respectful communication with families maintained");
        learnt(Procedure.CORPORATE, "EDT", "IMPROVE_COMMUNICATION",
                "A parent was told late that their daughter had gone missing from care",
                "Out-of-hours workers reminded to make every effort to contact parents when a child goes missing or is "
                        + "admitted to hospital");
        learnt(Procedure.STATUTORY, "ASS", "IMPROVE_COMMUNICATION",
                "Parents disagreed with keeping their children on a child protection plan and with how the conference "
                        + "was conducted",
                "Conference chairs to explain the council's position on stepping down at three months",
                "Chairs to explain the conference process");
    }

    private void learnt(Procedure procedure, String serviceArea, String category, String summary, String... actions) {
        ComplaintRow row = pick(row(procedure, THIS_YEAR).and(ComplaintRow::upheldAtStage1));
        moveTo(row, serviceArea);
        row.summary = summary;
        row.learningCategory = category;
        row.learningSummary = summary;
        row.learningActions = List.of(actions);
    }

    private ComplaintRow afterStage2(ComplaintRow row) {
        row.stage2RequestedOn = workingDaysAfter(row.stage1RespondedOn, 10);
        row.stage2RespondedOn = workingDaysAfter(row.stage2RequestedOn, 15);
        row.stage2Outcome = "NOT_UPHELD";
        return row;
    }

    private static void referred(ComplaintRow row, LocalDate referredOn, LocalDate decidedOn, String decision) {
        row.ombudsmanRequestedOn = referredOn;
        row.ombudsmanDecidedOn = decidedOn;
        row.ombudsmanDecision = decision;
    }

    /** An answered complaint of the cohort, not upheld (or only partly), received in the window. */
    private ComplaintRow pick(Procedure procedure, int year, String from, String to) {
        return pick(receivedBetween(procedure, year, from, to));
    }

    private Predicate<ComplaintRow> receivedBetween(Procedure procedure, int year, String from, String to) {
        return row(procedure, year).and(row -> !Cohort.UPHELD.equals(row.stage1Outcome))
                .and(row -> !row.receivedOn.isBefore(LocalDate.parse(from)) && !row.receivedOn.isAfter(LocalDate.parse(to)));
    }

    private ComplaintRow pick(Predicate<ComplaintRow> wanted) {
        ComplaintRow row = rows.stream().filter(wanted.and(ComplaintRow::answeredAtStage1)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no complaint left for a storyline"));
        row.inAStory = true;
        return row;
    }

    private Predicate<ComplaintRow> row(Procedure procedure, int year) {
        return row -> !row.inAStory && row.procedure == procedure && row.year == year;
    }

    private void moveTo(ComplaintRow row, String serviceArea) {
        if (row.serviceArea.equals(serviceArea)) {
            return;
        }
        ComplaintRow other = rows.stream().filter(row(row.procedure, row.year))
                .filter(candidate -> candidate.serviceArea.equals(serviceArea)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + serviceArea + " complaint to swap with"));
        String area = row.serviceArea;
        String team = row.team;
        String manager = row.allocatedTo;
        row.serviceArea = other.serviceArea;
        row.team = other.team;
        row.allocatedTo = other.allocatedTo;
        other.serviceArea = area;
        other.team = team;
        other.allocatedTo = manager;
    }

    /** Swaps issues (and the summary that goes with them) with a complaint of the same cohort and outcome kind. */
    private void takeIssuesWith(ComplaintRow row, String issue) {
        if (row.issues.contains(issue)) {
            return;
        }
        ComplaintRow other = rows.stream().filter(row(row.procedure, row.year))
                .filter(candidate -> candidate.issues.contains(issue) && !Cohort.UPHELD.equals(candidate.stage1Outcome))
                .findFirst().orElseThrow(() -> new IllegalStateException("no complaint about " + issue + " to swap with"));
        List<String> issues = row.issues;
        String summary = row.summary;
        row.issues = other.issues;
        row.summary = other.summary;
        other.issues = issues;
        other.summary = summary;
    }

    private static LocalDate inThisYear(LocalDate date) {
        if (date.isAfter(LocalDate.of(THIS_YEAR + 1, 3, 31))) {
            throw new IllegalStateException(date + " falls after 2019/20, which the seed counts it in");
        }
        return date;
    }
}
