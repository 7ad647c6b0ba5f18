package org.childrenscomplaints.query.report.annual;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.axonframework.queryhandling.QueryGateway;
import org.childrenscomplaints.api.calendar.RecordDates;
import org.childrenscomplaints.api.calendar.ReportingYear;
import org.childrenscomplaints.api.report.AnnualReport;
import org.childrenscomplaints.api.report.FindAnnualReportQuery;
import org.childrenscomplaints.api.web.FieldProblem;
import org.childrenscomplaints.api.web.ProblemDetailsAdvice;
import org.childrenscomplaints.query.report.annual.formats.AnnualReportCsv;
import org.childrenscomplaints.query.report.annual.formats.AnnualReportPage;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * The annual report for the reporting year starting 1 April {year}: JSON, its tables as CSV, or a
 * printable page with charts, as the caller's Accept header asks. A caller that accepts anything
 * gets JSON: Spring settles a tie between acceptable types alphabetically, and application/json comes first.
 * <p>
 * The JSON last written for a year is kept with the report it was written from, and answered again
 * while the query handler answers that same report, which it does until the year changes
 * ({@link AnnualReportQueryHandler}): at national scale writing 5 MB of JSON again for each request
 * was most of what a report took (ADR 0011, cause 29). Compared by identity, so a report assembled
 * again is written again; held weakly, so a report the handler let go is not kept alive here.
 * Across Axon Server's query bus (the services) every answer is a new report, written each time.
 */
@RestController
public class AnnualReportController {

    /** Before the Children Act 1989 representations procedure there is nothing to report. */
    static final int FIRST_YEAR = ReportingYear.containing(RecordDates.EARLIEST);
    static final int LAST_YEAR = ReportingYear.containing(RecordDates.LATEST);
    /** The printed report compares volumes over four years, as the councils' own reports do. */
    static final int YEARS_COMPARED = 4;

    /** What the kept JSON may take in memory together, in bytes: a few years at national scale. */
    private static final int JSON_BYTES_KEPT = 32 * 1024 * 1024;
    private static final String PATH = "/api/reports/annual/{year}";
    private static final String TEXT_CSV = "text/csv";

    private final QueryGateway queryGateway;
    private final JsonMapper json;
    private final Cache<Integer, Written> written = Caffeine.newBuilder()
            .maximumWeight(JSON_BYTES_KEPT)
            .weigher((Integer year, Written kept) -> kept.text().length)
            .build();

    private record Written(WeakReference<AnnualReport> report, byte[] text) {
    }

    public AnnualReportController(QueryGateway queryGateway, JsonMapper json) {
        this.queryGateway = queryGateway;
        this.json = json;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = AnnualReport.class)))
    public ResponseEntity<byte[]> json(@PathVariable int year) {
        AnnualReport report = report(year);
        Written last = written.getIfPresent(year);
        if (last == null || last.report().get() != report) {
            last = new Written(new WeakReference<>(report), json.writeValueAsBytes(report));
            written.put(year, last);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(last.text());
    }

    @GetMapping(path = PATH, produces = TEXT_CSV)
    public ResponseEntity<String> csv(@PathVariable int year) {
        AnnualReport report = report(year);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(AnnualReportCsv.fileName(year)).build().toString())
                .body(AnnualReportCsv.write(report));
    }

    @GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
    public ModelAndView html(@PathVariable int year) {
        AnnualReport report = report(year);
        List<CompletableFuture<AnnualReport>> earlierYears = IntStream.range(1, YEARS_COMPARED)
                .map(back -> year - back)
                .filter(earlier -> earlier >= FIRST_YEAR)
                .mapToObj(earlier -> queryGateway.query(new FindAnnualReportQuery(earlier), AnnualReport.class))
                .toList();
        return new ModelAndView(AnnualReportPage.TEMPLATE, "page",
                AnnualReportPage.of(report, earlierYears.stream().map(CompletableFuture::join).toList()));
    }

    private AnnualReport report(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ProblemDetailsAdvice.badRequest(
                    "A reporting year is named by the year it starts in, from " + FIRST_YEAR + " to " + LAST_YEAR + ".",
                    List.of(new FieldProblem("year", "must be between " + FIRST_YEAR + " and " + LAST_YEAR)));
        }
        return queryGateway.query(new FindAnnualReportQuery(year), AnnualReport.class).join();
    }
}
