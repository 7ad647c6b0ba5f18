package org.childrenscomplaints.standalone.demo;

import org.childrenscomplaints.api.calendar.WorkingDayCalendar;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.command.policy.ProcedurePolicies;
import org.childrenscomplaints.command.policy.ProcedurePolicy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Deals a cohort's figures out to complaints: each gets a day of the year, an outcome, a timeliness band,
 * a service area, issues and a complainant, so that the annual report counts exactly the cohort. Dates
 * follow the default procedure policies on England's working days: a response after its due date gets an
 * extension (statutory Stage 1, within its limit) or a delay reason, as the import requires.
 */
final class ComplaintRows {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final ProcedurePolicies POLICIES = ProcedurePolicies.defaults();
    private static final List<String> DELAY_REASONS = List.of("OTHER_URGENT_WORK_PRESSURES", "COMPLEXITY_OR_OTHER_AGENCY_INPUT",
            "INFORMATION_DELAYED", "STAFF_UNAVAILABLE_FOR_INTERVIEW", "SIGN_OFF_DELAYED", "CONSENT_NOT_YET_OBTAINED",
            "COMPLAINANT_UNCONTACTABLE", "INVESTIGATOR_UNAVAILABLE", "COMPLAINANT_ADDED_ISSUES");
    /** Pending complaints are the last ones of their year: Stage 1 answers are what runs late, not what is lost. */
    private static final double SHARE_OF_YEAR_HOLDING_THE_PENDING = 0.4;

    private final Cohort cohort;
    private final Random random;

    private ComplaintRows(Cohort cohort) {
        this.cohort = cohort;
        // one fixed seed per cohort: the file comes out the same on every run
        this.random = new Random(cohort.year() * 10L + cohort.procedure().ordinal());
    }

    static List<ComplaintRow> of(Cohort cohort) {
        return new ComplaintRows(cohort).rows();
    }

    /** Working days taken at Stage 1 from receipt: n days after the first working day on or after it. */
    static LocalDate workingDaysAfter(LocalDate start, int workingDays) {
        return CALENDAR.nthWorkingDayAfter(CALENDAR.nextWorkingDayOnOrAfter(start), workingDays);
    }

    private List<ComplaintRow> rows() {
        List<LocalDate> receivedOn = spreadOverTheYear(cohort.received());
        List<String> outcomes = outcomesInReceiptOrder();
        List<ComplaintRow> rows = new ArrayList<>();
        for (int i = 0; i < receivedOn.size(); i++) {
            rows.add(new ComplaintRow(cohort.procedure(), cohort.year(), receivedOn.get(i), outcomes.get(i)));
        }
        List<String> areas = shuffled(cohort.serviceAreas());
        for (int i = 0; i < rows.size(); i++) {
            ComplaintRow row = rows.get(i);
            row.serviceArea = areas.get(i);
            int teamNumber = random.nextInt(Vocabulary.teamsOf(row.serviceArea).size());
            row.team = Vocabulary.teamsOf(row.serviceArea).get(teamNumber);
            row.allocatedTo = Vocabulary.managerOf(row.serviceArea, teamNumber);
        }
        new IssueDealer(random).deal(rows, cohort.issues(), cohort.upheldFirstIssues());
        complainants(rows);
        List<String> bands = shuffled(Map.of("within10", cohort.stage1Timeliness().within10(),
                "from11to20", cohort.stage1Timeliness().from11to20(), "over20", cohort.stage1Timeliness().over20()));
        for (ComplaintRow row : rows) {
            stage1(row, Cohort.PENDING.equals(row.stage1Outcome) ? null : bands.remove(bands.size() - 1));
        }
        return rows;
    }

    private List<LocalDate> spreadOverTheYear(int count) {
        List<LocalDate> workingDays = new ArrayList<>();
        for (LocalDate day = LocalDate.of(cohort.year(), 4, 1); day.isBefore(LocalDate.of(cohort.year() + 1, 4, 1));
             day = day.plusDays(1)) {
            if (CALENDAR.isWorkingDay(day)) {
                workingDays.add(day);
            }
        }
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            days.add(workingDays.get((int) ((i + 0.5) * workingDays.size() / count)));
        }
        return days;
    }

    private List<String> outcomesInReceiptOrder() {
        int count = cohort.received();
        int pending = cohort.stage1Outcomes().getOrDefault(Cohort.PENDING, 0);
        List<String> outcomes = shuffled(cohort.stage1Outcomes().entrySet().stream()
                .filter(outcome -> !outcome.getKey().equals(Cohort.PENDING))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        int lateStretch = Math.max(pending, (int) (count * SHARE_OF_YEAR_HOLDING_THE_PENDING));
        List<Integer> stretch = new ArrayList<>();
        for (int i = count - lateStretch; i < count; i++) {
            stretch.add(i);
        }
        Collections.shuffle(stretch, random);
        List<Integer> pendingPlaces = stretch.subList(0, pending).stream().sorted().toList();
        pendingPlaces.forEach(place -> outcomes.add(place, Cohort.PENDING));
        return outcomes;
    }

    private void complainants(List<ComplaintRow> rows) {
        List<ComplaintRow> inOrder = new ArrayList<>(rows);
        Collections.shuffle(inOrder, random);
        for (int i = 0; i < inOrder.size(); i++) {
            ComplaintRow row = inOrder.get(i);
            List<String> relationships = Vocabulary.relationshipsFor(row.procedure);
            row.complainantRelationship = i < cohort.fromChildrenAndYoungPeople() ? "CHILD_OR_YOUNG_PERSON"
                    : relationships.get(random.nextInt(relationships.size()));
            row.channel = row.complainantRelationship.equals("COUNCILLOR_OR_MP") ? "COUNCILLOR_OR_MP"
                    : Vocabulary.CHANNELS.get(random.nextInt(Vocabulary.CHANNELS.size()));
            List<String> summaries = Vocabulary.summariesOf(row.issues.get(0));
            row.summary = summaries.get(random.nextInt(summaries.size()));
        }
    }

    /** @param band null for a complaint still waiting for its Stage 1 answer */
    private void stage1(ComplaintRow row, String band) {
        ProcedurePolicy policy = POLICIES.of(row.procedure);
        row.acknowledgedOn = workingDaysAfter(row.receivedOn, 1 + random.nextInt(policy.acknowledgeWithin() - 1));
        if (band == null) {
            if (random.nextBoolean()) {
                row.delayReasons = List.of(delayReason());
            }
            return;
        }
        LocalDate end = workingDaysAfter(row.receivedOn, switch (band) {
            case "within10" -> 4 + random.nextInt(7);
            case "from11to20" -> 11 + random.nextInt(10);
            default -> 21 + random.nextInt(20);
        });
        if (Cohort.WITHDRAWN.equals(row.stage1Outcome)) {
            row.withdrawnOn = end;
            return;
        }
        row.stage1RespondedOn = end;
        LocalDate due = policy.stage1DueAfterAcknowledgement(row.acknowledgedOn,
                policy.deadlinesOnReceipt(row.receivedOn, CALENDAR).stage1ResponseDue(), CALENDAR);
        if (end.isAfter(due)) {
            late(row, policy, due);
        }
    }

    /**
     * A late answer: statutory Stage 1 is often extended by agreement (to at most 20 working days); otherwise the
     * manager gave a delay reason. A few of 2018/19's have none, as a spreadsheet from before the system would,
     * and the import records them as NOT_RECORDED.
     */
    private void late(ComplaintRow row, ProcedurePolicy policy, LocalDate due) {
        LocalDate latestExtension = policy.stage1Extension().latestDueDate(row.receivedOn, due, CALENDAR);
        if (row.procedure == Procedure.STATUTORY && !row.stage1RespondedOn.isAfter(latestExtension)
                && random.nextBoolean()) {
            row.extensionAgreedOn = CALENDAR.nthWorkingDayBefore(due, 1);
            row.extendedDueDate = row.stage1RespondedOn;
        } else if (row.year == SeedFigures.THIS_YEAR || random.nextInt(6) > 0) {
            row.delayReasons = List.of(delayReason());
        }
    }

    private String delayReason() {
        return DELAY_REASONS.get(random.nextInt(DELAY_REASONS.size()));
    }

    private List<String> shuffled(Map<String, Integer> counts) {
        List<String> items = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(count -> items.addAll(Collections.nCopies(count.getValue(), count.getKey())));
        Collections.shuffle(items, random);
        return items;
    }
}
