package org.childrenscomplaints.standalone.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.childrenscomplaints.command.imports.ImportColumns.*;
import static org.childrenscomplaints.standalone.demo.ComplaintRows.workingDaysAfter;

/** The demo's comments and compliments, spread over each year; every comment answered in time. */
final class CommentAndComplimentRows {

    private static final List<String> COMMENT_AREAS = List.of("EARLY_HELP", "CIC", "ASS", "FOSTERING", "FAMILY_CENTRES");
    private static final List<String> COMMENT_SUMMARIES = List.of(
            "Suggested evening sessions at the family centre", "Asked how contact arrangements are reviewed",
            "Suggested clearer letters inviting families to meetings", "Asked who to call out of office hours");
    private static final List<String> SEND_COMMENT_SUMMARIES = List.of("Asked how the EHCP process works",
            "Suggested a named contact for each family during an assessment", "Asked about school transport support");
    private static final List<String> COMPLIMENT_SUMMARIES = List.of(
            "A young person thanked their social worker for always being there",
            "A partner agency praised joined-up working that led to a clear plan",
            "A family thanked the worker for keeping them informed and being reliable",
            "A parent thanked the team for clear advice about the EHCP process",
            "A school thanked the service for help with funding and transport");

    private CommentAndComplimentRows() {
    }

    /** Comments of a year; the first {@code sendComments} of them are about SEND. */
    static List<Map<String, String>> comments(int year, int count, int sendComments) {
        List<Map<String, String>> rows = new ArrayList<>();
        List<LocalDate> days = spread(year, count);
        for (int i = 0; i < count; i++) {
            boolean send = i < sendComments;
            String area = send ? "SEND" : COMMENT_AREAS.get(i % COMMENT_AREAS.size());
            Map<String, String> cells = new LinkedHashMap<>();
            cells.put(RECORD_TYPE, "COMMENT");
            cells.put(RECEIVED_ON, days.get(i).toString());
            cells.put(CHANNEL, i % 2 == 0 ? "EMAIL" : "PHONE");
            cells.put(COMPLAINANT_RELATIONSHIP, i % 3 == 0 ? "OTHER" : "PARENT");
            cells.put(SERVICE_AREA, area);
            cells.put(TEAM, Vocabulary.teamsOf(area).get(0));
            List<String> summaries = send ? SEND_COMMENT_SUMMARIES : COMMENT_SUMMARIES;
            cells.put(SUMMARY, summaries.get(i % summaries.size()));
            cells.put(ACKNOWLEDGED_ON, workingDaysAfter(days.get(i), 1).toString());
            cells.put(ALLOCATED_TO, Vocabulary.managerOf(area, 0));
            cells.put(STAGE1_RESPONDED_ON, workingDaysAfter(days.get(i), 5 + i % 4).toString());
            rows.add(cells);
        }
        return rows;
    }

    static List<Map<String, String>> compliments(int year, Map<String, Integer> byTeam) {
        int total = byTeam.values().stream().mapToInt(Integer::intValue).sum();
        // round the teams so each team's compliments fall through the year
        List<String> inTurn = new ArrayList<>();
        for (int i = 0; inTurn.size() < total; i++) {
            for (Map.Entry<String, Integer> team : byTeam.entrySet()) {
                if (i < team.getValue()) {
                    inTurn.add(team.getKey());
                }
            }
        }
        List<LocalDate> days = spread(year, inTurn.size());
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < inTurn.size(); i++) {
            Map<String, String> cells = new LinkedHashMap<>();
            cells.put(RECORD_TYPE, "COMPLIMENT");
            cells.put(RECEIVED_ON, days.get(i).toString());
            cells.put(SERVICE_AREA, Vocabulary.serviceAreaOfTeam(inTurn.get(i)));
            cells.put(TEAM, inTurn.get(i));
            // staff pass compliments on as well as families and partners
            cells.put(SOURCE, i % 4 == 3 ? "INTERNAL" : "EXTERNAL");
            cells.put(SUMMARY, COMPLIMENT_SUMMARIES.get(i % COMPLIMENT_SUMMARIES.size()));
            rows.add(cells);
        }
        return rows;
    }

    /** Count days spread evenly over the reporting year, weekends and bank holidays included. */
    private static List<LocalDate> spread(int year, int count) {
        LocalDate first = LocalDate.of(year, 4, 1);
        int days = (int) (LocalDate.of(year + 1, 4, 1).toEpochDay() - first.toEpochDay());
        List<LocalDate> spread = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            spread.add(first.plusDays((long) ((i + 0.5) * days / count)));
        }
        return spread;
    }
}
