package org.childrenscomplaints.standalone.demo;

import org.childrenscomplaints.api.complaint.Procedure;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of the demo council: its teams, who complains and how, and neutral summaries of what about.
 * No person is named anywhere: managers are ids, summaries describe what happened, never to whom.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    private static final Map<String, List<String>> TEAMS = Map.ofEntries(
            Map.entry("ASS", List.of("Assessment Team 1", "Assessment Team 2")),
            Map.entry("CM_POD", List.of("Care Management Pod A", "Care Management Pod B")),
            Map.entry("CIC", List.of("Children in Care 1", "Children in Care 2")),
            Map.entry("EDT", List.of("Emergency Duty Team")),
            Map.entry("FAST", List.of("Intervention and Prevention")),
            Map.entry("YOT", List.of("Youth Offending Team")),
            Map.entry("ART", List.of("Adolescent Response Team")),
            Map.entry("SEND", List.of("SEND Casework", "SEND Assessment")),
            Map.entry("EARLY_HELP", List.of("Early Help")),
            Map.entry("COURT_TEAM", List.of("Court Team")),
            Map.entry("FOSTERING", List.of("Fostering Team")),
            Map.entry("ADOPTION", List.of("Adoption Team")),
            Map.entry("CARE_LEAVERS", List.of("Care Leavers Team")),
            Map.entry("DISABLED_CHILDREN", List.of("Disabled Children's Team")),
            Map.entry("FAMILY_CENTRES", List.of("Butterfly Family Centre", "Oak Family Centre")),
            Map.entry("OTHER", List.of("Business Support")));

    /** Where each team of the compliments belongs. */
    private static final Map<String, String> SERVICE_AREA_OF_TEAM = Map.ofEntries(
            Map.entry("SEND Admin and Call Handling", "SEND"), Map.entry("Willow Family Centre", "FAMILY_CENTRES"),
            Map.entry("Harbour Family Centre", "FAMILY_CENTRES"), Map.entry("Independent Reviewing Officers", "CM_POD"),
            Map.entry("Family Support Workers", "FAST"), Map.entry("Contact Service", "CIC"),
            Map.entry("Residential Children's Home", "CIC"), Map.entry("Private Fostering", "FOSTERING"),
            Map.entry("Multi-Agency Safeguarding Hub", "ASS"));

    static final List<String> CHANNELS = List.of("EMAIL", "EMAIL", "WEB_FORM", "WEB_FORM", "PHONE", "PHONE", "LETTER",
            "CONTACT_CENTRE", "IN_PERSON");

    private static final List<String> STATUTORY_COMPLAINANTS = List.of("PARENT", "PARENT", "PARENT", "PARENT",
            "PERSON_WITH_PARENTAL_RESPONSIBILITY", "FOSTER_CARER", "SPECIAL_GUARDIAN", "CARE_LEAVER", "ADOPTION_PARTY");
    private static final List<String> CORPORATE_COMPLAINANTS = List.of("PARENT", "PARENT", "RELATIVE_WITHOUT_PR",
            "RELATIVE_WITHOUT_PR", "PROFESSIONAL", "OTHER", "COUNCILLOR_OR_MP", "ADVOCATE");
    private static final List<String> SEND_COMPLAINANTS = List.of("PARENT", "PARENT", "PARENT", "PARENT",
            "PERSON_WITH_PARENTAL_RESPONSIBILITY", "ADVOCATE");

    private static final Map<String, List<String>> SUMMARIES = Map.ofEntries(
            Map.entry("QUALITY_OF_SERVICE_SUPPORT", List.of("Support offered to the family did not meet their needs",
                    "Concerns about the quality of support from the allocated worker",
                    "Agreed support at home was not put in place")),
            Map.entry("COMMUNICATION_LACK_POOR", List.of("Calls and emails to the team were not returned",
                    "The family was not told of changes to the plan", "Not kept up to date on the progress of the case")),
            Map.entry("STAFF_BEHAVIOUR", List.of("Concerns about how a worker behaved during a home visit",
                    "A worker arrived late and left early at agreed visits", "Concerns about conduct at a meeting")),
            Map.entry("STAFF_ATTITUDE", List.of("A worker's manner felt dismissive",
                    "The family felt they were not listened to at a meeting")),
            Map.entry("DELAY", List.of("Delay in completing an assessment", "Delay in arranging an agreed service")),
            Map.entry("DELAY_CARE_PLAN", List.of("Delay in issuing the Education, Health and Care Plan",
                    "The annual review of the EHCP was not held on time")),
            Map.entry("DECISION_DISAGREEMENT", List.of("Disagrees with the outcome of an assessment",
                    "Disagrees with a decision about the child's placement")),
            Map.entry("POLICY_PROCEDURE", List.of("The procedure was not followed when a plan changed",
                    "Unhappy with how a referral was handled")),
            Map.entry("FINANCE_PAYMENTS", List.of("Allowance payments were made late",
                    "Disagrees with the amount of a support payment")),
            Map.entry("CONTACT_ARRANGEMENTS", List.of("Unhappy with contact arrangements with a child in care",
                    "Contact sessions were cancelled at short notice")),
            Map.entry("DATA_PROTECTION", List.of("Personal details were shared without consent",
                    "A report held inaccurate personal information")),
            Map.entry("OTHER", List.of("Concern about a service not listed elsewhere")));

    static List<String> teamsOf(String serviceArea) {
        return TEAMS.get(serviceArea);
    }

    /** A manager's id in the council's directory, not a name: the demo holds no staff names. */
    static String managerOf(String serviceArea, int teamNumber) {
        return "tm-" + serviceArea.toLowerCase(Locale.ROOT).replace('_', '-') + "-" + (teamNumber + 1);
    }

    static String serviceAreaOfTeam(String team) {
        if (SERVICE_AREA_OF_TEAM.containsKey(team)) {
            return SERVICE_AREA_OF_TEAM.get(team);
        }
        return TEAMS.entrySet().stream().filter(area -> area.getValue().contains(team)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no service area for the team " + team));
    }

    static List<String> relationshipsFor(Procedure procedure) {
        return switch (procedure) {
            case STATUTORY -> STATUTORY_COMPLAINANTS;
            case CORPORATE -> CORPORATE_COMPLAINANTS;
            case SEND -> SEND_COMPLAINANTS;
        };
    }

    static List<String> summariesOf(String issue) {
        return SUMMARIES.get(issue);
    }
}
