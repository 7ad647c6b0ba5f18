package org.childrenscomplaints.standalone.demo;

import org.childrenscomplaints.api.complaint.Procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.childrenscomplaints.command.imports.ImportColumns.*;

/** One complaint of the demo file as it is being made up: typed, so later storylines can read and change it. */
final class ComplaintRow {

    final Procedure procedure;
    final int year;
    final LocalDate receivedOn;
    final String stage1Outcome;
    String serviceArea;
    String team;
    List<String> issues = new ArrayList<>();
    String complainantRelationship;
    String channel;
    String summary;
    LocalDate acknowledgedOn;
    String allocatedTo;
    LocalDate extensionAgreedOn;
    LocalDate extendedDueDate;
    List<String> delayReasons = List.of();
    LocalDate stage1RespondedOn;
    LocalDate withdrawnOn;
    LocalDate stage2RequestedOn;
    LocalDate stage2RespondedOn;
    String stage2Outcome;
    LocalDate stage3RequestedOn;
    LocalDate ombudsmanRequestedOn;
    LocalDate ombudsmanDecidedOn;
    String ombudsmanDecision;
    String learningCategory;
    String learningSummary;
    List<String> learningActions = List.of();
    /** Taken by a storyline, so no other one rewrites it. */
    boolean inAStory;

    ComplaintRow(Procedure procedure, int year, LocalDate receivedOn, String stage1Outcome) {
        this.procedure = procedure;
        this.year = year;
        this.receivedOn = receivedOn;
        this.stage1Outcome = stage1Outcome;
    }

    boolean answeredAtStage1() {
        return stage1RespondedOn != null;
    }

    boolean upheldAtStage1() {
        return "UPHELD".equals(stage1Outcome) || "PARTIALLY_UPHELD".equals(stage1Outcome);
    }

    Map<String, String> cells() {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put(RECORD_TYPE, "COMPLAINT");
        cells.put(PROCEDURE, procedure.name());
        cells.put(RECEIVED_ON, text(receivedOn));
        cells.put(CHANNEL, channel);
        cells.put(COMPLAINANT_RELATIONSHIP, complainantRelationship);
        cells.put(SERVICE_AREA, serviceArea);
        cells.put(TEAM, team);
        cells.put(ISSUES, String.join(";", issues));
        cells.put(SUMMARY, summary);
        cells.put(ACKNOWLEDGED_ON, text(acknowledgedOn));
        cells.put(ALLOCATED_TO, allocatedTo);
        cells.put(EXTENSION_AGREED_ON, text(extensionAgreedOn));
        cells.put(EXTENDED_DUE_DATE, text(extendedDueDate));
        cells.put(DELAY_REASONS, String.join(";", delayReasons));
        cells.put(STAGE1_RESPONDED_ON, text(stage1RespondedOn));
        cells.put(STAGE1_OUTCOME, answeredAtStage1() ? stage1Outcome : null);
        cells.put(STAGE2_REQUESTED_ON, text(stage2RequestedOn));
        cells.put(STAGE2_RESPONDED_ON, text(stage2RespondedOn));
        cells.put(STAGE2_OUTCOME, stage2Outcome);
        cells.put(STAGE3_REQUESTED_ON, text(stage3RequestedOn));
        cells.put(OMBUDSMAN_REQUESTED_ON, text(ombudsmanRequestedOn));
        cells.put(OMBUDSMAN_DECIDED_ON, text(ombudsmanDecidedOn));
        cells.put(OMBUDSMAN_DECISION, ombudsmanDecision);
        cells.put(WITHDRAWN_ON, text(withdrawnOn));
        cells.put(LEARNING_CATEGORY, learningCategory);
        cells.put(LEARNING_SUMMARY, learningSummary);
        cells.put(LEARNING_ACTIONS, learningActions.isEmpty() ? null : String.join(";", learningActions));
        return cells;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
