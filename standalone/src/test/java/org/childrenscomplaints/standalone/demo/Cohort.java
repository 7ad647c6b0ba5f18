package org.childrenscomplaints.standalone.demo;

import org.childrenscomplaints.api.complaint.Procedure;

import java.util.Map;

/**
 * One procedure's complaints received in one reporting year, as the demo's annual report must count them.
 *
 * @param stage1Outcomes    UPHELD, PARTIALLY_UPHELD, NOT_UPHELD, WITHDRAWN, PENDING
 * @param stage1Timeliness  the bands of the answered and withdrawn complaints; the pending ones are not responded
 * @param upheldFirstIssues the first issue of the upheld complaints, where the seed says what they were about; the
 *                          upheld complaints never get a second issue, so these counts are exactly the upheld ones
 */
record Cohort(Procedure procedure, int year, Map<String, Integer> stage1Outcomes, Bands stage1Timeliness,
              Map<String, Integer> issues, Map<String, Integer> upheldFirstIssues, Map<String, Integer> serviceAreas,
              int fromChildrenAndYoungPeople) {

    static final String PENDING = "PENDING";
    static final String WITHDRAWN = "WITHDRAWN";
    static final String UPHELD = "UPHELD";

    /** Working days from receipt to the Stage 1 answer or withdrawal. */
    record Bands(int within10, int from11to20, int over20) {
        int total() {
            return within10 + from11to20 + over20;
        }
    }

    Cohort {
        int received = sum(stage1Outcomes);
        String cohort = procedure + " " + year + ": ";
        require(stage1Timeliness.total() == received - stage1Outcomes.getOrDefault(PENDING, 0),
                cohort + "the bands hold every complaint but the pending ones");
        require(sum(issues) >= received, cohort + "each complaint has an issue");
        require(sum(serviceAreas) == received, cohort + "each complaint has one service area");
        require(sum(upheldFirstIssues) <= stage1Outcomes.getOrDefault(UPHELD, 0),
                cohort + "no more upheld first issues than upheld complaints");
    }

    int received() {
        return sum(stage1Outcomes);
    }

    private static int sum(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static void require(boolean holds, String rule) {
        if (!holds) {
            throw new IllegalArgumentException(rule);
        }
    }
}
