package org.childrenscomplaints.command.policy;

import org.childrenscomplaints.command.rejection.FieldChecks;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Set;

/**
 * {@code complaints.reference-data.*}: the service area codes, issue categories, delay reasons and learning categories a council
 * records against. The defaults are those of the council papers the system was built from.
 */
@ConfigurationProperties("complaints.reference-data")
public record ReferenceData(Set<String> serviceAreas, Set<String> issueCategories, Set<String> delayReasons,
                            Set<String> learningCategories) {

    /** The delay reason that says nothing by itself, so it needs a note. */
    public static final String OTHER_DELAY_REASON = "OTHER";

    private static final List<String> DEFAULT_SERVICE_AREAS = List.of("ASS", "CM_POD", "CIC", "EDT", "FAST", "YOT",
            "ART", "SEND", "EARLY_HELP", "COURT_TEAM", "FOSTERING", "ADOPTION", "CARE_LEAVERS", "DISABLED_CHILDREN",
            "FAMILY_CENTRES", "OTHER");
    private static final List<String> DEFAULT_ISSUE_CATEGORIES = List.of("QUALITY_OF_SERVICE_SUPPORT",
            "COMMUNICATION_LACK_POOR", "STAFF_BEHAVIOUR", "STAFF_ATTITUDE", "DELAY", "DELAY_CARE_PLAN",
            "DECISION_DISAGREEMENT", "POLICY_PROCEDURE", "FINANCE_PAYMENTS", "CONTACT_ARRANGEMENTS", "DATA_PROTECTION",
            "OTHER");
    private static final List<String> DEFAULT_DELAY_REASONS = List.of("OTHER_URGENT_WORK_PRESSURES",
            "CONSENT_NOT_YET_OBTAINED", "COMPLAINANT_UNCONTACTABLE", "COMPLEXITY_OR_OTHER_AGENCY_INPUT",
            "COMPLAINANT_ADDED_ISSUES", "LEGAL_ISSUE", "INVESTIGATOR_UNAVAILABLE", "STAFF_UNAVAILABLE_FOR_INTERVIEW",
            "INFORMATION_DELAYED", "SIGN_OFF_DELAYED", OTHER_DELAY_REASON);

    private static final List<String> DEFAULT_LEARNING_CATEGORIES = List.of("PROVIDE_TRAINING", "POLICY_PROCEDURE_CHANGE",
            "IMPROVE_COMMUNICATION", "PRACTICE_CHANGE", "OTHER");

    public ReferenceData {
        serviceAreas = serviceAreas == null || serviceAreas.isEmpty() ? Set.copyOf(DEFAULT_SERVICE_AREAS) : Set.copyOf(serviceAreas);
        issueCategories = issueCategories == null || issueCategories.isEmpty()
                ? Set.copyOf(DEFAULT_ISSUE_CATEGORIES) : Set.copyOf(issueCategories);
        delayReasons = delayReasons == null || delayReasons.isEmpty()
                ? Set.copyOf(DEFAULT_DELAY_REASONS) : Set.copyOf(delayReasons);
        learningCategories = learningCategories == null || learningCategories.isEmpty()
                ? Set.copyOf(DEFAULT_LEARNING_CATEGORIES) : Set.copyOf(learningCategories);
    }

    public static ReferenceData defaults() {
        return new ReferenceData(null, null, null, null);
    }

    /** The service area must be given, and be one of the council's. */
    public void checkServiceArea(FieldChecks checks, String serviceArea) {
        checks.require(serviceArea, "serviceArea");
        if (checks.isValid("serviceArea")) {
            checks.check(serviceAreas.contains(serviceArea), "serviceArea", describeServiceAreas());
        }
    }

    public String describeServiceAreas() {
        return "must be one of the configured service areas: " + String.join(", ", serviceAreas.stream().sorted().toList());
    }

    public String describeDelayReasons() {
        return "must be one of the configured delay reasons: " + String.join(", ", delayReasons.stream().sorted().toList());
    }

    public String describeLearningCategories() {
        return "must be one of the configured learning categories: "
                + String.join(", ", learningCategories.stream().sorted().toList());
    }

    public String describeIssueCategories() {
        return "must be one of the configured issue categories: "
                + String.join(", ", issueCategories.stream().sorted().toList());
    }
}
