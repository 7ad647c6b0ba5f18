package org.childrenscomplaints.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded app's first start loads the demo data, and its annual report for 2019 states the figures the
 * seed annual report 2019/20 (../shared/seeds/002_6e6b7ebffe2b809d.txt) publishes. Every number asserted here is
 * the seed's, quoted beside it; where the seed contradicts itself, docs/demo-data.md says what the demo states.
 */
class DemoDataReportTest {

    @TempDir
    Path dataDir;

    @Test
    void theFirstStartImportsTheDemoCouncilWhoseReportsStateTheSeedsFigures() {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--complaints.data-dir=" + dataDir,
                "--complaints.demo-data.enabled=true"));
        args.addAll(TestUsers.arguments());
        try (ConfigurableApplicationContext app = StandaloneApplication.builder().run(args.toArray(String[]::new))) {
            Http http = new Http(Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port")))
                    .as(TestUsers.SCRUTINY);

            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                statesTheSeedsFiguresFor2019(http.get("/api/reports/annual/2019").json());
                statesTheSeedsFiguresForTheYearBefore(http.get("/api/reports/annual/2018").json());
            });
        }
    }

    private static void statesTheSeedsFiguresFor2019(JsonNode report) {
        JsonNode totals = report.path("totals");
        JsonNode previous = report.path("previousTotals");
        JsonNode change = report.path("changePercent");
        // "The total number of statutory and corporate complaints received was 202. This is slightly less than the
        // 205 received during 2018/19"
        assertThat(totals.path("complaints").asInt()).isEqualTo(202);
        assertThat(previous.path("complaints").asInt()).isEqualTo(205);
        // "received/registered 28 statutory complaints. This compares to 91 ... a decrease of 63 cases (69%)"
        assertThat(totals.path("statutory").asInt()).isEqualTo(28);
        assertThat(previous.path("statutory").asInt()).isEqualTo(91);
        assertThat(change.path("statutory").asInt()).isEqualTo(-69);
        // "174 complaints under the corporate complaints process. This compares to 114 ... an increase of 60 cases (53%)"
        assertThat(totals.path("corporate").asInt()).isEqualTo(174);
        assertThat(previous.path("corporate").asInt()).isEqualTo(114);
        assertThat(change.path("corporate").asInt()).isEqualTo(53);
        // "54 complaints were received ... in relation to SEND, compared to 28 ... an increase of 93%"
        assertThat(totals.path("send").asInt()).isEqualTo(54);
        assertThat(previous.path("send").asInt()).isEqualTo(28);
        assertThat(change.path("send").asInt()).isEqualTo(93);
        // "We recorded 12 such comments this year. Compared to 21 for the period 2018/19 which is a decrease of 9 (43%)"
        assertThat(totals.path("comments").asInt()).isEqualTo(12);
        assertThat(previous.path("comments").asInt()).isEqualTo(21);
        assertThat(change.path("comments").asInt()).isEqualTo(-43);
        // "108 compliments divided over 29 teams. This compares to 82 for the same period in the previous year"
        assertThat(totals.path("compliments").asInt()).isEqualTo(108);
        assertThat(totals.path("complimentTeams").asInt()).isEqualTo(29);
        assertThat(previous.path("compliments").asInt()).isEqualTo(82);
        // "Of the 205 statutory and corporate complaints received 14 of these were from young people"
        assertThat(totals.path("fromChildrenAndYoungPeople").asInt()).isEqualTo(14);

        JsonNode statutory = report.path("procedures").path("STATUTORY");
        assertThat(statutory.path("received").asInt()).isEqualTo(28);
        // "Out of a total of 28 statutory complaints received 4, were upheld, 14% and 5 were partially upheld";
        // "not upheld, 14 (50%)"
        assertOutcomes(statutory, 4, 5, 14);
        // "32% of statutory complaints received a response within the statutory 10 working day timescales. A total
        // of 57% received a response within 20 working days"
        assertThat(statutory.path("percentWithin10").asInt()).isEqualTo(32);
        assertThat(statutory.path("percentWithin20").asInt()).isEqualTo(57);
        // "There have been 33 issues over 10 areas ... quality of support 12, followed by communication and staff
        // behaviour with 5, each"
        assertThat(statutory.path("issueCount").asInt()).isEqualTo(33);
        assertThat(statutory.path("issueCategoryCount").asInt()).isEqualTo(10);
        assertThat(statutory.path("issues").path("QUALITY_OF_SERVICE_SUPPORT").asInt()).isEqualTo(12);
        assertThat(statutory.path("issues").path("COMMUNICATION_LACK_POOR").asInt()).isEqualTo(5);
        assertThat(statutory.path("issues").path("STAFF_BEHAVIOUR").asInt()).isEqualTo(5);

        JsonNode corporate = report.path("procedures").path("CORPORATE");
        assertThat(corporate.path("received").asInt()).isEqualTo(174);
        // "Out of a total of 174 corporate complaints received 23 were upheld, 13% and 34 were partially upheld, 20%";
        // "not upheld, to 57 (33%)"
        assertOutcomes(corporate, 23, 34, 57);
        // "During 2019/20, 38% of corporate complaints received a response within the required 20 working day
        // timescales"
        assertThat(corporate.path("percentWithin20").asInt()).isEqualTo(38);
        // "There have been 202 issues over 16 areas ... staff behaviour 43, followed by 38 communication-lack,
        // staff attitude 23 and 21 quality of service-support" (16 areas cannot be: there are 12 categories)
        assertThat(corporate.path("issueCount").asInt()).isEqualTo(202);
        assertThat(corporate.path("issues").path("STAFF_BEHAVIOUR").asInt()).isEqualTo(43);
        assertThat(corporate.path("issues").path("COMMUNICATION_LACK_POOR").asInt()).isEqualTo(38);
        assertThat(corporate.path("issues").path("STAFF_ATTITUDE").asInt()).isEqualTo(23);
        assertThat(corporate.path("issues").path("QUALITY_OF_SERVICE_SUPPORT").asInt()).isEqualTo(21);

        JsonNode send = report.path("procedures").path("SEND");
        assertThat(send.path("received").asInt()).isEqualTo(54);
        // "A total of 24 of these complaints were upheld (44%) ... A further 14 cases (26%) were partially upheld"
        assertThat(send.path("stage1Outcomes").path("UPHELD").asInt()).isEqualTo(24);
        assertThat(send.path("stage1Outcomes").path("PARTIALLY_UPHELD").asInt()).isEqualTo(14);
        // "28 (52%) of complaints were responded to within the 20 working day timescales"
        assertThat(send.path("percentWithin20").asInt()).isEqualTo(52);
        assertThat(send.path("stage1Timeliness").path("within10").asInt()
                + send.path("stage1Timeliness").path("from11to20").asInt()).isEqualTo(28);
        // "56 issues over 12 separate areas, delay-care plan, 17, being the highest number"
        assertThat(send.path("issueCount").asInt()).isEqualTo(56);
        assertThat(send.path("issueCategoryCount").asInt()).isEqualTo(12);
        assertThat(send.path("issues").path("DELAY_CARE_PLAN").asInt()).isEqualTo(17);
        assertThat(send.path("issues").properties()).allSatisfy(issue -> assertThat(issue.getValue().asInt())
                .isLessThanOrEqualTo(17));

        // "There were 2 complaints which was progressed to a stage two investigations ... Both cases are currently
        // still being progressed"; "1 complaint which has progressed to a stage three review panel"
        assertThat(sum(report, "escalatedToStage2")).isEqualTo(2);
        assertThat(statutory.path("escalatedToStage3").asInt()).isEqualTo(1);
        JsonNode stage2 = statutory.path("stage2Timeliness");
        assertThat(stage2.path("within25").asInt() + stage2.path("from26to65").asInt() + stage2.path("over65").asInt()
                + stage2.path("notResponded").asInt()).isEqualTo(2);
        // "A total of 2 cases proceeded to the Ombudsman ... partially upheld and the ombudsman's findings were
        // accepted ... not upheld. The Ombudsman found no fault"; SEND "Ombudsman Cases ... 3 cases received in for
        // the period 1st April 19 to March 2020 all of which were upheld"
        assertThat(statutory.path("escalatedToOmbudsman").asInt() + corporate.path("escalatedToOmbudsman").asInt())
                .isEqualTo(2);
        assertThat(send.path("escalatedToOmbudsman").asInt()).isEqualTo(3);
        assertThat(report.path("ombudsmanDecisions").path("UPHELD_FAULT_INJUSTICE").asInt()).isEqualTo(1 + 3);
        assertThat(report.path("ombudsmanDecisions").path("NOT_UPHELD_NO_FAULT").asInt()).isEqualTo(1);

        // "The Early Help service received the most compliments, 13 followed by the Court Team and Butterfly Family
        // Centre (10) each"
        JsonNode byTeam = report.path("complimentsByTeam");
        assertThat(byTeam.path("Early Help").asInt()).isEqualTo(13);
        assertThat(byTeam.path("Court Team").asInt()).isEqualTo(10);
        assertThat(byTeam.path("Butterfly Family Centre").asInt()).isEqualTo(10);
        assertThat(byTeam.properties()).hasSize(29).first().satisfies(most -> assertThat(most.getKey()).isEqualTo("Early Help"));

        // "EXAMPLE OF LEARNING FROM COMPLAINTS": Provide Training, Policy/Procedure change, Improve Communication,
        // Change policy/procedures, and three more Improve Communication
        assertThat(report.path("learning").valueStream().map(entry -> entry.path("category").asString()))
                .containsExactlyInAnyOrder("PROVIDE_TRAINING", "POLICY_PROCEDURE_CHANGE", "IMPROVE_COMMUNICATION",
                        "POLICY_PROCEDURE_CHANGE", "IMPROVE_COMMUNICATION", "IMPROVE_COMMUNICATION",
                        "IMPROVE_COMMUNICATION");
    }

    /** 2018/19 as the seed compares with it. */
    private static void statesTheSeedsFiguresForTheYearBefore(JsonNode report) {
        JsonNode statutory = report.path("procedures").path("STATUTORY");
        // "91 statutory complaints received ... of which 28 were upheld, 31% and 15 were partially upheld, 16%";
        // "compared to 43 (47%) in 2018/19" not upheld
        assertOutcomes(statutory, 28, 15, 43);
        // "25% being responded to within 10 working days in 2018/2019 with a total of 51% receiving a response
        // within 20 working days"
        assertThat(statutory.path("percentWithin10").asInt()).isEqualTo(25);
        assertThat(statutory.path("percentWithin20").asInt()).isEqualTo(51);

        JsonNode corporate = report.path("procedures").path("CORPORATE");
        // "114 corporate complaints received ... of which 24 were upheld, 21% and 19 were partially upheld, 17%";
        // "compared to 43 (38%) in 2018/19" not upheld
        assertOutcomes(corporate, 24, 19, 43);
        // "This compares to 51% being responded to within 20 working days in 2018/2019"
        assertThat(corporate.path("percentWithin20").asInt()).isEqualTo(51);

        JsonNode send = report.path("procedures").path("SEND");
        // "compared to 15 (54%)" upheld; "This compares to 6 (21%) being partially upheld"
        assertThat(send.path("stage1Outcomes").path("UPHELD").asInt()).isEqualTo(15);
        assertThat(send.path("stage1Outcomes").path("PARTIALLY_UPHELD").asInt()).isEqualTo(6);
        // "For the previous period ... 16 (57%) were responded to within 20 working day timescales"
        assertThat(send.path("percentWithin20").asInt()).isEqualTo(57);
        // "the highest number of complaints again related to the delay in producing EHCP's ... 15"
        assertThat(send.path("issues").path("DELAY_CARE_PLAN").asInt()).isEqualTo(15);
        // "A total of 2 cases proceeded to the Ombudsman. This compares to 1 case in 2018/2019"
        assertThat(sum(report, "escalatedToOmbudsman") - send.path("escalatedToOmbudsman").asInt()).isEqualTo(1);
    }

    private static void assertOutcomes(JsonNode procedure, int upheld, int partiallyUpheld, int notUpheld) {
        JsonNode outcomes = procedure.path("stage1Outcomes");
        assertThat(outcomes.path("UPHELD").asInt()).isEqualTo(upheld);
        assertThat(outcomes.path("PARTIALLY_UPHELD").asInt()).isEqualTo(partiallyUpheld);
        assertThat(outcomes.path("NOT_UPHELD").asInt()).isEqualTo(notUpheld);
    }

    private static int sum(JsonNode report, String field) {
        return report.path("procedures").valueStream().mapToInt(procedure -> procedure.path(field).asInt()).sum();
    }
}
