package org.childrenscomplaints.standalone;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The annual report for 2012/13 (a year no other test uses) as JSON, as CSV tables and as a printable page. */
class AnnualReportFormatsHttpTest extends EmbeddedAppTest {

    private static final String REPORT = "/api/reports/annual/2012";
    private static final String UNSAFE_SUMMARY = "=HYPERLINK(\"http://example.org\") <b>minutes</b> were lost";

    @Test
    void theSameReportIsJsonCsvTablesOrAPrintablePageWithCharts() {
        String statutory = http.registerComplaint("STATUTORY", "2012-06-01");
        http.complaintCommand(statutory, "acknowledgement", "{\"acknowledgedOn\": \"2012-06-05\"}");
        http.complaintCommand(statutory, "allocation", "{\"managerId\": \"m.jones\"}");
        http.complaintCommand(statutory, "response", "{\"respondedOn\": \"2012-06-08\", \"outcome\": \"UPHELD\"}");
        assertThat(http.postJson("/api/complaints/" + statutory + "/learning", """
                {"category": "PROVIDE_TRAINING", "summary": "%s",
                 "actions": [{"description": "Record every meeting", "owner": "Team manager", "dueDate": "2099-01-31"}]}"""
                .formatted(UNSAFE_SUMMARY.replace("\"", "\\\""))).status()).isEqualTo(201);
        http.registerComplaint("CORPORATE", "2012-07-02");
        assertThat(http.postJson("/api/compliments", """
                {"receivedOn": "2012-08-01", "serviceArea": "COURT_TEAM", "team": "Court Team", "source": "EXTERNAL",
                 "summary": "Thank you for explaining the hearing"}""").status()).isEqualTo(201);

        JsonNode json = await().atMost(Duration.ofSeconds(10)).until(() -> http.get(REPORT, "application/json").json(),
                report -> report.path("totals").path("complaints").asInt() == 2
                        && report.path("totals").path("compliments").asInt() == 1 && report.path("learning").size() == 1);

        Http.Answer csv = http.get(REPORT, "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"annual-report-2012-13.csv\"");
        assertThat(csv.response().body()).as("a byte order mark, for Excel").startsWith("\uFEFF").doesNotContain("Alex Example");
        List<CSVRecord> rows = parse(csv.response().body().substring(1));
        assertThat(value(rows, "totals", "", "statutory")).isEqualTo(json.path("totals").path("statutory").asInt()).isEqualTo(1);
        assertThat(value(rows, "received", "CORPORATE", "complaints"))
                .isEqualTo(json.path("procedures").path("CORPORATE").path("received").asInt()).isEqualTo(1);
        assertThat(value(rows, "stage1Outcomes", "STATUTORY", "UPHELD")).isEqualTo(1);
        assertThat(value(rows, "complimentsByTeam", "", "Court Team")).isEqualTo(1);
        CSVRecord learning = rows.stream().filter(row -> row.get("table").equals("learning")).findFirst().orElseThrow();
        assertThat(learning.get("item")).isEqualTo(statutory);
        assertThat(learning.get("summary")).as("not a formula").isEqualTo("'" + UNSAFE_SUMMARY);
        assertThat(learning.get("actions")).isEqualTo("Record every meeting");

        Http.Answer page = http.get(REPORT, "text/html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).isEqualTo("text/html;charset=UTF-8");
        String html = page.response().body();
        assertThat(html).contains("Annual report 2012/13", "1 April 2012 to 31 March 2013", "Court Team",
                "&lt;b&gt;minutes&lt;/b&gt;").doesNotContain("<b>minutes", "Alex Example", "<script");
        // the years compared; six charts for statutory and corporate each; SEND's response times and escalations;
        // compliments. A breakdown with nothing in it (SEND's, the Ombudsman's) says so instead of drawing an empty chart.
        int charts = 1 + 6 + 6 + 3 + 1;
        assertThat(html.split("<svg ", -1)).hasSize(charts + 1);
        assertThat(html.split("<title id=\"chart-title-", -1)).as("every chart has a title").hasSize(charts + 1);
        assertThat(html.split("<table", -1)).as("every chart has its table, after the totals").hasSize(1 + 1 + charts + 1);

        // the JSON answered so far is kept with its report, and a change to the year makes a new one
        http.registerComplaint("CORPORATE", "2012-09-03");
        await().atMost(Duration.ofSeconds(10)).until(() -> http.get(REPORT, "application/json").json(),
                report -> report.path("totals").path("complaints").asInt() == 3);
    }

    @Test
    void aYearOutOfRangeIsA400ProblemWhateverTheFormatAndAnUnknownFormatA406() {
        for (String accept : List.of("application/json", "text/csv", "text/html")) {
            Http.Answer answer = http.get("/api/reports/annual/1800", accept);
            assertThat(answer.status()).as(accept).isEqualTo(400);
            assertThat(answer.contentType()).as(accept).isEqualTo("application/problem+json");
            assertThat(answer.json().path("errors").path(0).path("field").asString()).isEqualTo("year");
        }
        assertThat(http.get("/api/reports/annual/next", "text/csv").status()).isEqualTo(400);

        Http.Answer xml = http.get(REPORT, "application/xml");
        assertThat(xml.status()).isEqualTo(406);
        assertThat(xml.contentType()).isEqualTo("application/problem+json");
        assertThat(xml.json().path("status").asInt()).isEqualTo(406);
    }

    @Test
    void aCallerThatAcceptsAnythingGetsTheJson() {
        Http.Answer answer = http.get(REPORT, "*/*");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("application/json");
        assertThat(answer.json().path("year").asInt()).isEqualTo(2012);
    }

    private static List<CSVRecord> parse(String csv) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int value(List<CSVRecord> rows, String table, String procedure, String item) {
        return rows.stream()
                .filter(row -> row.get("table").equals(table) && row.get("procedure").equals(procedure)
                        && row.get("item").equals(item))
                .map(row -> Integer.parseInt(row.get("value")))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + table + "/" + procedure + "/" + item));
    }
}
