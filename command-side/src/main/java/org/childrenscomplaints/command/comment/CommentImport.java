package org.childrenscomplaints.command.comment;

import org.axonframework.deadline.DeadlineManager;
import org.childrenscomplaints.api.CaseRegistration;
import org.childrenscomplaints.api.comment.AcknowledgeCommentCommand;
import org.childrenscomplaints.api.comment.AllocateCommentCommand;
import org.childrenscomplaints.api.comment.RespondToCommentCommand;
import org.childrenscomplaints.api.complaint.DelayReason;
import org.childrenscomplaints.api.imports.ImportCommentCommand;
import org.childrenscomplaints.command.complaint.Provenance;
import org.childrenscomplaints.command.imports.RowSteps;
import org.childrenscomplaints.command.policy.ComplaintRules;

import java.util.Map;
import java.util.function.Supplier;

import static org.childrenscomplaints.command.imports.ImportColumns.ACKNOWLEDGED_ON;
import static org.childrenscomplaints.command.imports.ImportColumns.ALLOCATED_TO;
import static org.childrenscomplaints.command.imports.ImportColumns.CHANNEL;
import static org.childrenscomplaints.command.imports.ImportColumns.COMPLAINANT_RELATIONSHIP;
import static org.childrenscomplaints.command.imports.ImportColumns.DELAY_REASONS;
import static org.childrenscomplaints.command.imports.ImportColumns.RECEIVED_ON;
import static org.childrenscomplaints.command.imports.ImportColumns.REFERENCE;
import static org.childrenscomplaints.command.imports.ImportColumns.SERVICE_AREA;
import static org.childrenscomplaints.command.imports.ImportColumns.STAGE1_RESPONDED_ON;
import static org.childrenscomplaints.command.imports.ImportColumns.SUMMARY;
import static org.childrenscomplaints.command.imports.ImportColumns.TEAM;

/** A comment from a council's spreadsheet replayed through the Comment's own handlers, in date order. */
final class CommentImport {

    private static final Map<String, String> REGISTRATION_COLUMNS = Map.of("receivedOn", RECEIVED_ON,
            "channel", CHANNEL, "serviceArea", SERVICE_AREA, "team", TEAM, "summary", SUMMARY,
            "complainant", COMPLAINANT_RELATIONSHIP, "reference", REFERENCE);

    private final Comment comment;
    private final ImportCommentCommand row;
    private final ComplaintRules rules;
    private final DeadlineManager deadlines;

    CommentImport(Comment comment, ImportCommentCommand row, ComplaintRules rules, DeadlineManager deadlines) {
        this.comment = comment;
        this.row = row;
        this.rules = rules;
        this.deadlines = deadlines;
    }

    CaseRegistration replay(Supplier<CaseRegistration> registration) {
        CaseRegistration registered = RowSteps.call("", REGISTRATION_COLUMNS, registration);
        DelayReason delayReason = row.delayReason() == null ? null : new DelayReason(row.delayReason(), null);
        new RowSteps()
                .add(row.allocatedTo() == null ? null : row.registration().receivedOn(), ALLOCATED_TO,
                        Map.of("managerId", ALLOCATED_TO), () -> comment.handle(
                                new AllocateCommentCommand(row.commentId(), row.allocatedTo(), null, null)))
                .add(row.acknowledgedOn(), ACKNOWLEDGED_ON, Map.of("acknowledgedOn", ACKNOWLEDGED_ON),
                        () -> comment.handle(new AcknowledgeCommentCommand(row.commentId(), row.acknowledgedOn()),
                                rules, deadlines))
                .add(row.respondedOn(), STAGE1_RESPONDED_ON, Map.of("respondedOn", STAGE1_RESPONDED_ON,
                        "delayReason", DELAY_REASONS), () -> comment.respond(new RespondToCommentCommand(
                        row.commentId(), row.respondedOn(), delayReason), rules, deadlines, Provenance.IMPORT))
                .runInDateOrder();
        return registered;
    }
}
