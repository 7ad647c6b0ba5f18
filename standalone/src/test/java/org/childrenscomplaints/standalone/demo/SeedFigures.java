package org.childrenscomplaints.standalone.demo;

import org.childrenscomplaints.api.complaint.Procedure;
import org.childrenscomplaints.standalone.demo.Cohort.Bands;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of the seed annual report 2019/20 (../shared/seeds/002_6e6b7ebffe2b809d.txt) and of the
 * year before, as far as it states them; every other figure here is the demo's own choice, marked so.
 * docs/demo-data.md lists where the seed contradicts itself or the contract's counting rules.
 */
final class SeedFigures {

    static final int LAST_YEAR = 2018;
    static final int THIS_YEAR = 2019;

    private SeedFigures() {
    }

    static final List<Cohort> COMPLAINTS = List.of(
            // "28 statutory complaints ... 4, were upheld ... and 5 were partially upheld"; "not upheld, 14 (50%)";
            // "32% ... within the statutory 10 working day timescales. A total of 57% ... within 20 working days".
            // The 2 withdrawn and 3 pending, and 9 over 20 days, are the contract's example of this report.
            // "33 issues over 10 areas ... quality of support 12, followed by communication and staff behaviour
            // with 5, each"; "only 14% of complaints were upheld and they were in relation to quality of service
            // support, communication and delay". Service areas: the demo's (the seed's chart is not in its text).
            new Cohort(Procedure.STATUTORY, THIS_YEAR,
                    counts("UPHELD", 4, "PARTIALLY_UPHELD", 5, "NOT_UPHELD", 14, "WITHDRAWN", 2, "PENDING", 3),
                    new Bands(9, 7, 9),
                    counts("QUALITY_OF_SERVICE_SUPPORT", 12, "COMMUNICATION_LACK_POOR", 5, "STAFF_BEHAVIOUR", 5,
                            "DELAY", 2, "STAFF_ATTITUDE", 2, "DECISION_DISAGREEMENT", 2, "CONTACT_ARRANGEMENTS", 2,
                            "FINANCE_PAYMENTS", 1, "DATA_PROTECTION", 1, "POLICY_PROCEDURE", 1),
                    counts("QUALITY_OF_SERVICE_SUPPORT", 2, "COMMUNICATION_LACK_POOR", 1, "DELAY", 1),
                    counts("CIC", 6, "ASS", 5, "CM_POD", 5, "FAST", 3, "ADOPTION", 3, "CARE_LEAVERS", 2,
                            "DISABLED_CHILDREN", 2, "FOSTERING", 2),
                    6),
            // "174 corporate complaints received 23 were upheld ... and 34 were partially upheld"; "not upheld,
            // to 57 (33%)"; "38% of corporate complaints received a response within ... 20 working days";
            // "202 issues over 16 areas ... staff behaviour 43, followed by 38 communication-lack, staff attitude
            // 23 and 21 quality of service-support"; "8%, of all complaints regarding staff attitude, staff behavior
            // and communication were upheld". The other 60 outcomes, the split of the 66 within 20 days, the
            // other issues and the service areas are the demo's (12 categories and 16 areas are all there are).
            new Cohort(Procedure.CORPORATE, THIS_YEAR,
                    counts("UPHELD", 23, "PARTIALLY_UPHELD", 34, "NOT_UPHELD", 57, "WITHDRAWN", 26, "PENDING", 34),
                    new Bands(28, 38, 74),
                    counts("STAFF_BEHAVIOUR", 43, "COMMUNICATION_LACK_POOR", 38, "STAFF_ATTITUDE", 23,
                            "QUALITY_OF_SERVICE_SUPPORT", 21, "DELAY", 16, "DECISION_DISAGREEMENT", 14,
                            "CONTACT_ARRANGEMENTS", 12, "POLICY_PROCEDURE", 10, "FINANCE_PAYMENTS", 9,
                            "DATA_PROTECTION", 7, "OTHER", 6, "DELAY_CARE_PLAN", 3),
                    counts("STAFF_BEHAVIOUR", 3, "COMMUNICATION_LACK_POOR", 3, "STAFF_ATTITUDE", 2,
                            "QUALITY_OF_SERVICE_SUPPORT", 5, "DELAY", 4, "POLICY_PROCEDURE", 2, "FINANCE_PAYMENTS", 2,
                            "DECISION_DISAGREEMENT", 2),
                    counts("ASS", 30, "CM_POD", 28, "CIC", 18, "FAST", 16, "EARLY_HELP", 12, "YOT", 10, "ART", 9,
                            "COURT_TEAM", 8, "FOSTERING", 8, "FAMILY_CENTRES", 7, "DISABLED_CHILDREN", 7,
                            "CARE_LEAVERS", 6, "EDT", 5, "ADOPTION", 4, "SEND", 4, "OTHER", 2),
                    8),
            // "54 complaints were received ... in relation to SEND"; "24 of these complaints were upheld (44%)";
            // "14 cases (26%) were partially upheld"; "56 issues over 12 separate areas, delay-care plan, 17, being
            // the highest number of which 7 (41%) were upheld"; "upheld complaints ... related to Quality of
            // Service-support-, communication-lack/poor and Delay"; "28 (52%) ... within the 20 working day
            // timescales". The other 16 outcomes and other issues are the demo's.
            new Cohort(Procedure.SEND, THIS_YEAR,
                    counts("UPHELD", 24, "PARTIALLY_UPHELD", 14, "NOT_UPHELD", 13, "WITHDRAWN", 1, "PENDING", 2),
                    new Bands(12, 16, 24),
                    counts("DELAY_CARE_PLAN", 17, "COMMUNICATION_LACK_POOR", 9, "QUALITY_OF_SERVICE_SUPPORT", 8,
                            "DELAY", 6, "DECISION_DISAGREEMENT", 4, "POLICY_PROCEDURE", 3, "STAFF_ATTITUDE", 2,
                            "STAFF_BEHAVIOUR", 2, "FINANCE_PAYMENTS", 2, "DATA_PROTECTION", 1,
                            "CONTACT_ARRANGEMENTS", 1, "OTHER", 1),
                    counts("DELAY_CARE_PLAN", 7, "QUALITY_OF_SERVICE_SUPPORT", 6, "COMMUNICATION_LACK_POOR", 6,
                            "DELAY", 5),
                    counts("SEND", 54),
                    0),
            // "91 statutory complaints ... of which 28 were upheld, 31% and 15 were partially upheld, 16%";
            // "not upheld ... 43 (47%) in 2018/19"; "25% being responded to within 10 working days in 2018/2019
            // with a total of 51% ... within 20 working days". Everything else is the demo's.
            new Cohort(Procedure.STATUTORY, LAST_YEAR,
                    counts("UPHELD", 28, "PARTIALLY_UPHELD", 15, "NOT_UPHELD", 43, "WITHDRAWN", 4, "PENDING", 1),
                    new Bands(23, 23, 44),
                    counts("QUALITY_OF_SERVICE_SUPPORT", 30, "COMMUNICATION_LACK_POOR", 18, "STAFF_BEHAVIOUR", 12,
                            "DELAY", 10, "DECISION_DISAGREEMENT", 9, "CONTACT_ARRANGEMENTS", 8, "STAFF_ATTITUDE", 7,
                            "FINANCE_PAYMENTS", 4, "POLICY_PROCEDURE", 3, "DATA_PROTECTION", 3),
                    Map.of(),
                    counts("ASS", 20, "CM_POD", 18, "CIC", 16, "FAST", 9, "CARE_LEAVERS", 6, "FOSTERING", 6,
                            "ADOPTION", 5, "DISABLED_CHILDREN", 5, "EDT", 3, "ART", 3),
                    6),
            // "114 corporate complaints ... of which 24 were upheld, 21% and 19 were partially upheld, 17%";
            // "not upheld ... 43 (38%) in 2018/19"; "51% being responded to within 20 working days in 2018/2019".
            new Cohort(Procedure.CORPORATE, LAST_YEAR,
                    counts("UPHELD", 24, "PARTIALLY_UPHELD", 19, "NOT_UPHELD", 43, "WITHDRAWN", 20, "PENDING", 8),
                    new Bands(26, 32, 48),
                    counts("STAFF_BEHAVIOUR", 28, "COMMUNICATION_LACK_POOR", 26, "STAFF_ATTITUDE", 18,
                            "QUALITY_OF_SERVICE_SUPPORT", 17, "DELAY", 12, "DECISION_DISAGREEMENT", 10,
                            "CONTACT_ARRANGEMENTS", 8, "POLICY_PROCEDURE", 5, "FINANCE_PAYMENTS", 4,
                            "DATA_PROTECTION", 3, "OTHER", 1),
                    Map.of(),
                    counts("ASS", 22, "CM_POD", 20, "CIC", 12, "FAST", 10, "EARLY_HELP", 8, "YOT", 7, "ART", 6,
                            "COURT_TEAM", 5, "FOSTERING", 5, "FAMILY_CENTRES", 5, "DISABLED_CHILDREN", 4,
                            "CARE_LEAVERS", 4, "EDT", 3, "ADOPTION", 2, "OTHER", 1),
                    7),
            // "compared to 28 for the previous period"; "compared to 15 (54%)" upheld; "6 (21%) being partially
            // upheld"; "delay in producing EHCP's ... 15 , of which 7 (47%) were upheld"; "16 (57%) were responded
            // to within 20 working day timescales".
            new Cohort(Procedure.SEND, LAST_YEAR,
                    counts("UPHELD", 15, "PARTIALLY_UPHELD", 6, "NOT_UPHELD", 6, "WITHDRAWN", 1),
                    new Bands(6, 10, 12),
                    counts("DELAY_CARE_PLAN", 15, "QUALITY_OF_SERVICE_SUPPORT", 5, "COMMUNICATION_LACK_POOR", 5,
                            "DELAY", 3, "DECISION_DISAGREEMENT", 2),
                    counts("DELAY_CARE_PLAN", 7, "QUALITY_OF_SERVICE_SUPPORT", 4, "COMMUNICATION_LACK_POOR", 4),
                    counts("SEND", 28),
                    0));

    /** "12 comments were received ... compared to 21"; of them SEND's "7 comment ... compared to 1". */
    static final Map<Integer, Integer> COMMENTS = Map.of(THIS_YEAR, 12, LAST_YEAR, 21);
    static final Map<Integer, Integer> SEND_COMMENTS = Map.of(THIS_YEAR, 7, LAST_YEAR, 1);

    /**
     * "108 compliments divided over 29 teams"; "Early Help service received the most compliments, 13 followed by
     * the Court Team and Butterfly Family Centre (10) each"; SEND's "22 compliments ... compared to 4". The other
     * teams, and the 82 of the year before ("82 for the same period in the previous year"), are the demo's.
     */
    static final Map<Integer, Map<String, Integer>> COMPLIMENTS_BY_TEAM = Map.of(
            THIS_YEAR, counts("Early Help", 13, "Court Team", 10, "Butterfly Family Centre", 10, "SEND Casework", 9,
                    "SEND Assessment", 7, "SEND Admin and Call Handling", 6, "Fostering Team", 5,
                    "Children in Care 1", 4, "Children in Care 2", 3, "Assessment Team 1", 3, "Assessment Team 2", 2,
                    "Care Management Pod A", 3, "Care Management Pod B", 2, "Intervention and Prevention", 3,
                    "Youth Offending Team", 2, "Adolescent Response Team", 3, "Emergency Duty Team", 2,
                    "Adoption Team", 3, "Care Leavers Team", 3, "Disabled Children's Team", 2, "Oak Family Centre", 2,
                    "Willow Family Centre", 2, "Harbour Family Centre", 2, "Independent Reviewing Officers", 2,
                    "Family Support Workers", 1, "Contact Service", 1, "Residential Children's Home", 1,
                    "Private Fostering", 1, "Multi-Agency Safeguarding Hub", 1),
            LAST_YEAR, counts("Early Help", 11, "Court Team", 8, "Butterfly Family Centre", 7, "SEND Casework", 4,
                    "Fostering Team", 6, "Children in Care 1", 4, "Children in Care 2", 4, "Assessment Team 1", 4,
                    "Assessment Team 2", 3, "Care Management Pod A", 3, "Care Management Pod B", 3,
                    "Intervention and Prevention", 4, "Youth Offending Team", 3, "Adolescent Response Team", 2,
                    "Emergency Duty Team", 2, "Adoption Team", 3, "Care Leavers Team", 3, "Disabled Children's Team", 2,
                    "Oak Family Centre", 2, "Willow Family Centre", 1, "Independent Reviewing Officers", 1,
                    "Contact Service", 1, "Family Support Workers", 1));

    /** Alternating keys and counts, in the order given. */
    static Map<String, Integer> counts(Object... keysAndCounts) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < keysAndCounts.length; i += 2) {
            counts.put((String) keysAndCounts[i], (Integer) keysAndCounts[i + 1]);
        }
        return counts;
    }
}
