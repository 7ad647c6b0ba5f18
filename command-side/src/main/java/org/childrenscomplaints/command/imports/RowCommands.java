package org.childrenscomplaints.command.imports;

import org.childrenscomplaints.api.comment.RegisterCommentCommand;
import org.childrenscomplaints.api.complaint.Channel;
import org.childrenscomplaints.api.complaint.Complainant;
import org.childrenscomplaints.api.complaint.ComplainantRelationship;
import org.childrenscomplaints.api.complaint.OmbudsmanDecision;
import org.childrenscomplaints.api.complaint.Outcome;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.RegisterComplaintCommand;
import org.childrenscomplaints.api.compliment.ComplimentSource;
import org.childrenscomplaints.api.compliment.RecordComplimentCommand;
import org.childrenscomplaints.api.imports.ImportCommentCommand;
import org.childrenscomplaints.api.imports.ImportComplaintCommand;
import org.childrenscomplaints.api.imports.ImportComplimentCommand;
import org.childrenscomplaints.api.imports.ImportedProgress;
import org.childrenscomplaints.api.imports.ImportedStage;

import java.util.List;
import java.util.UUID;

import static org.childrenscomplaints.command.imports.ImportColumns.*;

/**
 * Turns a row into the one import command that replays it: the cells are read and their shape checked
 * here; every rule of the procedure is left to the aggregate that handles the command.
 */
final class RowCommands {

    enum RecordType { COMPLAINT, COMMENT, COMPLIMENT }

    private static final List<String> COMMENT_COLUMNS = List.of(RECORD_TYPE, REFERENCE, RECEIVED_ON, CHANNEL,
            COMPLAINANT_RELATIONSHIP, SERVICE_AREA, TEAM, SUMMARY, ACKNOWLEDGED_ON, ALLOCATED_TO, DELAY_REASONS,
            STAGE1_RESPONDED_ON);
    private static final List<String> COMPLIMENT_COLUMNS = List.of(RECORD_TYPE, REFERENCE, RECEIVED_ON, SERVICE_AREA,
            TEAM, SOURCE, SUMMARY);
    private static final List<String> COMPLAINT_COLUMNS = ALL.stream().filter(column -> !column.equals(SOURCE)).toList();

    /** The command, or why the row cannot become one. */
    record Mapped(Object command, List<String> errors) {
    }

    private RowCommands() {
    }

    static Mapped map(ImportRow row, UUID caseId) {
        RowValues values = new RowValues(row.cells());
        row.problems().forEach(values::error);
        RecordType type = values.choice(RECORD_TYPE, RecordType.class);
        if (!values.has(RECORD_TYPE)) {
            values.error(RECORD_TYPE + " is required: COMPLAINT, COMMENT or COMPLIMENT");
        }
        if (!values.has(REFERENCE)) {
            values.error(REFERENCE + " is required: it is how a second import of the same file knows the case is "
                    + "already here");
        }
        Object command = type == null ? null : switch (type) {
            case COMPLAINT -> complaint(values, caseId);
            case COMMENT -> comment(values, caseId);
            case COMPLIMENT -> compliment(values, caseId);
        };
        return values.errors().isEmpty() ? new Mapped(command, List.of()) : new Mapped(null, values.errors());
    }

    private static ImportComplaintCommand complaint(RowValues values, UUID complaintId) {
        values.onlyThese(COMPLAINT_COLUMNS, "complaint");
        values.needs(EXTENDED_DUE_DATE, EXTENSION_AGREED_ON);
        values.needs(STAGE2_RESPONDED_ON, STAGE2_REQUESTED_ON);
        values.needs(STAGE3_PANEL_HELD_ON, STAGE3_REQUESTED_ON);
        values.needs(STAGE3_RESPONDED_ON, STAGE3_REQUESTED_ON);
        values.needs(OMBUDSMAN_DECIDED_ON, OMBUDSMAN_REQUESTED_ON);
        values.needs(OMBUDSMAN_DECISION, OMBUDSMAN_DECIDED_ON);
        RegisterComplaintCommand registration = new RegisterComplaintCommand(complaintId,
                values.choice(PROCEDURE, Procedure.class), values.date(RECEIVED_ON), values.choice(CHANNEL, Channel.class),
                complainant(values), values.code(SERVICE_AREA), values.text(TEAM), values.codes(ISSUES),
                values.text(SUMMARY), values.date(MATTER_OCCURRED_ON), values.text(LATE_ACCEPTANCE_REASON),
                values.text(SUFFICIENT_INTEREST_REASON), null, values.text(REFERENCE));
        ImportedProgress progress = new ImportedProgress(values.date(ACKNOWLEDGED_ON), values.text(ALLOCATED_TO),
                values.date(EXTENSION_AGREED_ON), values.date(EXTENDED_DUE_DATE), values.codes(DELAY_REASONS),
                stage(values, null, STAGE1_RESPONDED_ON, STAGE1_OUTCOME),
                stage(values, STAGE2_REQUESTED_ON, STAGE2_RESPONDED_ON, STAGE2_OUTCOME),
                stage(values, STAGE3_REQUESTED_ON, STAGE3_RESPONDED_ON, STAGE3_OUTCOME),
                values.date(STAGE3_PANEL_HELD_ON), values.date(OMBUDSMAN_REQUESTED_ON), values.date(OMBUDSMAN_DECIDED_ON),
                values.choice(OMBUDSMAN_DECISION, OmbudsmanDecision.class), values.date(WITHDRAWN_ON),
                values.code(LEARNING_CATEGORY),
                values.text(LEARNING_SUMMARY), values.items(LEARNING_ACTIONS));
        return new ImportComplaintCommand(complaintId, registration, progress);
    }

    private static ImportedStage stage(RowValues values, String requestedOn, String respondedOn, String outcome) {
        values.needs(outcome, respondedOn);
        return new ImportedStage(requestedOn == null ? null : values.date(requestedOn), values.date(respondedOn),
                values.choice(outcome, Outcome.class));
    }

    private static ImportCommentCommand comment(RowValues values, UUID commentId) {
        values.onlyThese(COMMENT_COLUMNS, "comment");
        List<String> delayReasons = values.codes(DELAY_REASONS);
        if (delayReasons.size() > 1) {
            values.error(DELAY_REASONS + " holds " + delayReasons.size() + " reasons; a comment's response records one");
        }
        RegisterCommentCommand registration = new RegisterCommentCommand(commentId, values.date(RECEIVED_ON),
                values.choice(CHANNEL, Channel.class), values.code(SERVICE_AREA), values.text(TEAM),
                values.text(SUMMARY), complainant(values));
        return new ImportCommentCommand(commentId, values.text(REFERENCE), registration, values.date(ACKNOWLEDGED_ON),
                values.text(ALLOCATED_TO), values.date(STAGE1_RESPONDED_ON),
                delayReasons.isEmpty() ? null : delayReasons.get(0));
    }

    private static ImportComplimentCommand compliment(RowValues values, UUID complimentId) {
        values.onlyThese(COMPLIMENT_COLUMNS, "compliment");
        return new ImportComplimentCommand(complimentId, values.text(REFERENCE), new RecordComplimentCommand(complimentId,
                values.date(RECEIVED_ON), values.code(SERVICE_AREA), values.text(TEAM),
                values.choice(SOURCE, ComplimentSource.class), values.text(SUMMARY)));
    }

    /** The spreadsheet knows how the complainant is related to the child, never who they are. */
    private static Complainant complainant(RowValues values) {
        ComplainantRelationship relationship = values.choice(COMPLAINANT_RELATIONSHIP, ComplainantRelationship.class);
        return relationship == null ? null : new Complainant(relationship, null, null, null, null);
    }
}
