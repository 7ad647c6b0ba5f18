package org.childrenscomplaints.standalone;

import org.childrenscomplaints.api.calendar.ReportingYear;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;

/**
 * A council's tracker as the import reads it, made up: the seed annual report's mix of complaints
 * (statutory, corporate, SEND), comments and compliments, received over four reporting years, with
 * acknowledgements, late and timely answers, delay reasons, extensions, escalations to Stages 2 and 3
 * and the Ombudsman, withdrawals and learning. The same seed gives the same file.
 */
final class SpreadsheetGenerator {

    static final String HEADER = "record_type,reference,procedure,received_on,channel,complainant_relationship,"
            + "service_area,team,source,issues,summary,acknowledged_on,allocated_to,extension_agreed_on,"
            + "extended_due_date,delay_reasons,stage1_responded_on,stage1_outcome,stage2_requested_on,"
            + "stage2_responded_on,stage2_outcome,stage3_requested_on,stage3_panel_held_on,stage3_responded_on,"
            + "stage3_outcome,ombudsman_requested_on,ombudsman_decided_on,ombudsman_decision,withdrawn_on,"
            + "learning_category,learning_summary,learning_actions";

    private static final LocalDate FIRST_DAY = LocalDate.of(2019, 4, 1);
    private static final int DAYS = 4 * 365;
    private static final String[] AREAS = {"ASS", "CM_POD", "CIC", "FAST", "YOT", "EARLY_HELP", "FOSTERING", "CARE_LEAVERS"};
    private static final String[] ISSUES = {"QUALITY_OF_SERVICE_SUPPORT", "COMMUNICATION_LACK_POOR", "STAFF_ATTITUDE",
            "DELAY", "DECISION_DISAGREEMENT", "CONTACT_ARRANGEMENTS"};
    private static final String[] DELAYS = {"OTHER_URGENT_WORK_PRESSURES", "INFORMATION_DELAYED", "SIGN_OFF_DELAYED",
            "STAFF_UNAVAILABLE_FOR_INTERVIEW"};
    private static final String[] OUTCOMES = {"UPHELD", "PARTIALLY_UPHELD", "NOT_UPHELD", "NOT_UPHELD"};

    private final Random random;
    private final Map<String, Integer> lastNumberOfSeries = new HashMap<>();

    SpreadsheetGenerator(long seed) {
        this.random = new Random(seed);
    }

    String file(int rows) {
        StringBuilder file = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < rows; i++) {
            file.append(row()).append('\n');
        }
        return file.toString();
    }

    private String row() {
        LocalDate received = FIRST_DAY.plusDays(random.nextInt(DAYS));
        int kind = random.nextInt(100);
        if (kind < 29) {
            return compliment(received);
        }
        if (kind < 32) {
            return comment(received);
        }
        return complaint(received, kind < 40 ? "STATUTORY" : kind < 83 ? "CORPORATE" : "SEND");
    }

    private String compliment(LocalDate received) {
        Map<String, String> cells = new HashMap<>(Map.of("record_type", "COMPLIMENT",
                "reference", reference("CP", received), "received_on", received.toString(),
                "service_area", pick(AREAS), "team", "Team " + random.nextInt(20), "source", "EXTERNAL",
                "summary", "Thanks for the support"));
        return line(cells);
    }

    private String comment(LocalDate received) {
        Map<String, String> cells = new HashMap<>(Map.of("record_type", "COMMENT", "reference", reference("CM", received),
                "received_on", received.toString(), "channel", "WEB_FORM", "complainant_relationship", "PARENT",
                "service_area", pick(AREAS), "summary", "A suggestion", "acknowledged_on", received.plusDays(1).toString(),
                "allocated_to", "manager" + random.nextInt(30), "stage1_responded_on", received.plusDays(5 + random.nextInt(20)).toString()));
        return line(cells);
    }

    private String complaint(LocalDate received, String procedure) {
        String prefix = switch (procedure) {
            case "STATUTORY" -> "ST";
            case "CORPORATE" -> "CO";
            default -> "SE";
        };
        Map<String, String> cells = new HashMap<>();
        cells.put("record_type", "COMPLAINT");
        cells.put("reference", reference(prefix, received));
        cells.put("procedure", procedure);
        cells.put("received_on", received.toString());
        cells.put("channel", "EMAIL");
        cells.put("complainant_relationship", procedure.equals("STATUTORY") ? "PARENT" : pick(new String[]{"PARENT", "RELATIVE_WITHOUT_PR"}));
        cells.put("service_area", procedure.equals("SEND") ? "SEND" : pick(AREAS));
        cells.put("team", "Team " + random.nextInt(20));
        cells.put("issues", random.nextBoolean() ? pick(ISSUES) : "DELAY;COMMUNICATION_LACK_POOR");
        cells.put("summary", "\"A complaint, with a comma\"");
        cells.put("acknowledged_on", received.plusDays(1 + random.nextInt(2)).toString());
        cells.put("allocated_to", "manager" + random.nextInt(30));
        int fate = random.nextInt(100);
        if (fate < 4) {
            cells.put("withdrawn_on", received.plusDays(5 + random.nextInt(10)).toString());
            return line(cells);
        }
        if (fate < 10) {
            return line(cells);
        }
        if (procedure.equals("STATUTORY") && random.nextInt(10) == 0) {
            cells.put("extension_agreed_on", received.plusDays(7).toString());
            cells.put("extended_due_date", received.plusDays(21).toString());
        }
        LocalDate answered = received.plusDays(7 + random.nextInt(35));
        // late under every procedure (SEND allows 20 working days), so the reasons have a late answer to go to
        if (answered.isAfter(received.plusDays(35)) && random.nextInt(2) == 0) {
            cells.put("delay_reasons", random.nextBoolean() ? pick(DELAYS) : DELAYS[0] + ";" + DELAYS[1]);
        }
        String outcome = pick(OUTCOMES);
        cells.put("stage1_responded_on", answered.toString());
        cells.put("stage1_outcome", outcome);
        boolean upheld = !outcome.equals("NOT_UPHELD");
        if (random.nextInt(100) < 12) {
            LocalDate requested = answered.plusDays(5 + random.nextInt(40));
            cells.put("stage2_requested_on", requested.toString());
            LocalDate stage2Answered = requested.plusDays(20 + random.nextInt(70));
            String stage2Outcome = pick(OUTCOMES);
            cells.put("stage2_responded_on", stage2Answered.toString());
            cells.put("stage2_outcome", stage2Outcome);
            upheld |= !stage2Outcome.equals("NOT_UPHELD");
            answered = stage2Answered;
            if (procedure.equals("STATUTORY") && random.nextInt(3) == 0) {
                LocalDate stage3 = stage2Answered.plusDays(5 + random.nextInt(10));
                LocalDate panel = stage3.plusDays(20 + random.nextInt(20));
                answered = panel.plusDays(5 + random.nextInt(20));
                cells.put("stage3_requested_on", stage3.toString());
                cells.put("stage3_panel_held_on", panel.toString());
                cells.put("stage3_responded_on", answered.toString());
                cells.put("stage3_outcome", pick(OUTCOMES));
            }
        }
        if (random.nextInt(100) < 4) {
            LocalDate referred = answered.plusDays(10 + random.nextInt(50));
            cells.put("ombudsman_requested_on", referred.toString());
            cells.put("ombudsman_decided_on", referred.plusDays(60 + random.nextInt(120)).toString());
            cells.put("ombudsman_decision", pick(new String[]{"NOT_UPHELD_NO_FAULT", "UPHELD_FAULT_INJUSTICE", "PREMATURE"}));
        }
        if (upheld && random.nextBoolean()) {
            cells.put("learning_category", "PROVIDE_TRAINING");
            cells.put("learning_summary", "Keep families informed");
            cells.put("learning_actions", "Team briefing;Guidance note");
        }
        return line(cells);
    }

    private String reference(String prefix, LocalDate received) {
        String series = prefix + "-" + ReportingYear.containing(received);
        int number = lastNumberOfSeries.merge(series, 1, Integer::sum);
        return String.format("%s-%04d", series, number);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String line(Map<String, String> cells) {
        StringJoiner line = new StringJoiner(",");
        for (String column : HEADER.split(",")) {
            line.add(cells.getOrDefault(column, ""));
        }
        return line.toString();
    }

}
