package org.childrenscomplaints.standalone;

import org.childrenscomplaints.api.complaint.Channel;
import org.childrenscomplaints.api.complaint.ComplainantRelationship;
import org.childrenscomplaints.api.complaint.OmbudsmanDecision;
import org.childrenscomplaints.api.complaint.Outcome;
import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.api.complaint.Stage;
import org.childrenscomplaints.api.compliment.ComplimentSource;
import org.childrenscomplaints.command.policy.ReferenceData;
import org.childrenscomplaints.standalone.CaseFixtures.State;
import org.childrenscomplaints.standalone.Shape.Field;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.childrenscomplaints.standalone.Shape.choice;
import static org.childrenscomplaints.standalone.Shape.date;
import static org.childrenscomplaints.standalone.Shape.flag;
import static org.childrenscomplaints.standalone.Shape.listOf;
import static org.childrenscomplaints.standalone.Shape.object;
import static org.childrenscomplaints.standalone.Shape.text;

/**
 * A JSON command of the API as the contract describes it: its path ({@code {id}}, {@code {learningId}}
 * and {@code {index}} stand for the case and the part of it addressed), the state its case must be
 * in, and the shape of its body.
 */
record CommandEndpoint(String name, String path, State state, Shape body) {

    private static final LocalDate TODAY = BadValues.today();
    private static final ReferenceData REFERENCE_DATA = ReferenceData.defaults();

    /** Every JSON command of the API, registrations first. */
    static final List<CommandEndpoint> ALL = List.of(
            new CommandEndpoint("register complaint", "/api/complaints", null, object(List.of(
                    field("procedure", choice("STATUTORY", names(Procedure.values()))),
                    field("receivedOn", date(TODAY)),
                    field("channel", choice("EMAIL", names(Channel.values()))),
                    field("complainant", complainant()),
                    field("serviceArea", choice("CIC", REFERENCE_DATA.serviceAreas())),
                    field("team", text("Children in Care 1")),
                    field("issues", listOf(choice("DELAY", REFERENCE_DATA.issueCategories()))),
                    field("summary", text("The review meeting was cancelled twice")),
                    field("matterOccurredOn", date(TODAY)),
                    field("lateAcceptanceReason", text("Illness").leftOut()),
                    field("sufficientInterestReason", text("Grandmother caring daily").leftOut()),
                    field("advocacyOffered", flag(true)),
                    field("reference", Shape.reference())))),
            new CommandEndpoint("register comment", "/api/comments", null, object(List.of(
                    field("receivedOn", date(TODAY)),
                    field("channel", choice("WEB_FORM", names(Channel.values()))),
                    field("serviceArea", choice("EARLY_HELP", REFERENCE_DATA.serviceAreas())),
                    field("team", text("Family Hub")),
                    field("summary", text("More evening sessions")),
                    field("complainant", complainant())))),
            new CommandEndpoint("record compliment", "/api/compliments", null, object(List.of(
                    field("receivedOn", date(TODAY)),
                    field("serviceArea", choice("FOSTERING", REFERENCE_DATA.serviceAreas())),
                    field("team", text("Fostering Team")),
                    field("source", choice("EXTERNAL", names(ComplimentSource.values()))),
                    field("summary", text("Thanks to the team"))))),
            complaint("acknowledgement", State.REGISTERED_COMPLAINT, field("acknowledgedOn", date(TODAY))),
            complaint("allocation", State.REGISTERED_COMPLAINT, field("managerId", text("m.jones")),
                    field("managerName", text("M. Jones")), field("team", text("Children in Care 1")),
                    field("independentPerson", text("I. Person").leftOut())),
            complaint("extension", State.REGISTERED_COMPLAINT, field("agreedOn", date(TODAY)),
                    field("newDueDate", date(TODAY.plusDays(21))), field("reason", text("The complainant agreed"))),
            complaint("delay-reasons", State.REGISTERED_COMPLAINT, delayReasonFields()),
            complaint("response", State.ALLOCATED_COMPLAINT, field("respondedOn", date(TODAY)), outcome(),
                    field("issueOutcomes", Shape.mapOf("DELAY", choice("UPHELD", names(Outcome.values())))),
                    field("delayReason", object(List.of(delayReasonFields())))),
            complaint("escalation", State.ANSWERED_COMPLAINT,
                    field("toStage", choice("STAGE_2", names(Stage.values()))), field("requestedOn", date(TODAY)),
                    field("lateRequestReason", text("Complainant was in hospital").leftOut()),
                    field("ombudsmanReference", text("24 001 234").leftOut())),
            complaint("panel", State.STAGE_3_COMPLAINT, field("heldOn", date(TODAY)), field("reportReceivedOn", date(TODAY))),
            complaint("withdrawal", State.REGISTERED_COMPLAINT, field("withdrawnOn", date(TODAY)),
                    field("reason", text("Resolved informally"))),
            complaint("decline", State.REGISTERED_COMPLAINT, field("declinedOn", date(TODAY)),
                    field("reason", text("Concurrent court proceedings"))),
            complaint("reclassification", State.REGISTERED_COMPLAINT,
                    field("procedure", choice("CORPORATE", names(Procedure.values()))),
                    field("reason", text("Not about a looked-after child")),
                    field("sufficientInterestReason", text("Grandmother caring daily").leftOut())),
            complaint("ombudsman-decision", State.REFERRED_TO_OMBUDSMAN, field("decidedOn", date(TODAY)),
                    field("decision", choice("UPHELD_FAULT_INJUSTICE", names(OmbudsmanDecision.values()))),
                    field("findingsAccepted", flag(true)), field("publicReport", flag(false)),
                    field("remedies", listOf(object(List.of(field("description", text("Apology")),
                            field("dueDate", date(TODAY.plusDays(28)))))))),
            complaint("ombudsman-decision/remedies/{index}/completion", State.OMBUDSMAN_DECIDED,
                    field("completedOn", date(TODAY))),
            complaint("learning", State.ANSWERED_COMPLAINT,
                    field("category", choice("PROVIDE_TRAINING", REFERENCE_DATA.learningCategories())),
                    field("summary", text("Notice of reviews")),
                    field("actions", listOf(object(List.of(field("description", text("Training session")),
                            field("owner", text("a.khan")), field("dueDate", date(TODAY.plusDays(60))))))),
                    field("capturedOn", date(TODAY).leftOut())),
            complaint("learning/{learningId}/actions/{index}/completion", State.LEARNING_CAPTURED,
                    field("completedOn", date(TODAY))),
            comment("acknowledgement", State.REGISTERED_COMMENT, field("acknowledgedOn", date(TODAY))),
            comment("allocation", State.REGISTERED_COMMENT, field("managerId", text("b.lee")),
                    field("managerName", text("B. Lee")), field("team", text("Family Hub"))),
            comment("response", State.ALLOCATED_COMMENT, field("respondedOn", date(TODAY)),
                    field("delayReason", object(List.of(delayReasonFields())).leftOut())));

    boolean registers() {
        return state == null;
    }

    @Override
    public String toString() {
        return name;
    }

    private static CommandEndpoint complaint(String command, State state, Field... fields) {
        return new CommandEndpoint("complaint " + command, "/api/complaints/{id}/" + command, state, object(List.of(fields)));
    }

    private static CommandEndpoint comment(String command, State state, Field... fields) {
        return new CommandEndpoint("comment " + command, "/api/comments/{id}/" + command, state, object(List.of(fields)));
    }

    private static Shape complainant() {
        return object(List.of(field("relationship", choice("PARENT", names(ComplainantRelationship.values()))),
                field("name", text("Alex Example")), field("email", text("alex@example.org")),
                field("phone", text("01632 960000")), field("address", text("1 High Street"))));
    }

    private static Field[] delayReasonFields() {
        return new Field[] {field("category", choice("INFORMATION_DELAYED", REFERENCE_DATA.delayReasons())),
                field("note", text("Waiting for the school's records"))};
    }

    private static Field outcome() {
        return field("outcome", choice("UPHELD", names(Outcome.values())));
    }

    private static Field field(String name, Shape shape) {
        return new Field(name, shape);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
