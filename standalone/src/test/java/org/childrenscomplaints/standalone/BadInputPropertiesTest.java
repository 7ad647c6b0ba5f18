package org.childrenscomplaints.standalone;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.childrenscomplaints.standalone.BadCsvFiles.CsvFile;
import org.childrenscomplaints.standalone.CaseFixtures.Case;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childrenscomplaints.standalone.BadCommand.JSON;

/**
 * Bad input never hurts: generated payloads thrown at every command of the running app over HTTP.
 * Whatever comes in, the answer is never a 5xx; a 4xx is problem+json and stores nothing (the event
 * store holds as many events as before, the case's history reads as before); a payload that happens
 * to be valid is stored whole (every read model takes it in, the case reads back and still loads).
 */
// no edge cases: jqwik would send the same few bodies, mostly the valid one, again and again; the generators
// hold the values worth trying
@PropertyDefaults(edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.BOUNDED)
class BadInputPropertiesTest {

    private static final AtomicInteger TURN = new AtomicInteger();

    private static RunningApp app;
    private static CaseFixtures fixtures;
    /** Each fixture's history as last read: a refused request must leave it so. */
    private static final Map<String, String> histories = new HashMap<>();
    /**
     * References an earlier file may have stored (any it named and did not reject): a later file's row
     * with one is skipped before it is read. Compliments have no view by reference to ask, and the
     * generator draws the same number again (its smallest most often).
     */
    private static final Set<String> namedByEarlierImports = new HashSet<>();

    @BeforeContainer
    static void startTheApp() {
        app = RunningApp.start();
        fixtures = new CaseFixtures(app.http(TestUsers.OFFICER), app::awaitReadModelsCaughtUp);
    }

    @AfterContainer
    static void stopTheApp() {
        app.close();
    }

    @Property(tries = 200)
    void aBodyThatIsNotTheCommandIsRefusedWholeOrStoredWhole(@ForAll("badBodies") BadCommand command) {
        sendAndCheck(command);
        coverEveryEndpoint(CommandEndpoint.ALL);
    }

    /** Every date field of every command, with each day of {@link BadValues#FAR_AWAY_DATES}. */
    @Property(generation = GenerationMode.EXHAUSTIVE, tries = 1_000)
    void aDateFarFromAnyCaseIsRefusedWholeOrStoredWhole(@ForAll("farAwayDates") BadCommand command) {
        sendAndCheck(command);
    }

    /** Every text of each registration at once, with each of {@link BadValues#HOSTILE_TEXTS}. */
    @Property(generation = GenerationMode.EXHAUSTIVE, tries = 1_000)
    void aHostileTextInEveryTextOfANewCaseIsRefusedWholeOrStoredWhole(@ForAll("hostileTexts") BadCommand command) {
        sendAndCheck(command);
    }

    @Property(tries = 80)
    void aPathThatNamesNoSuchCaseIsRefusedWholeOrStoredWhole(@ForAll("badPaths") BadCommand command) {
        sendAndCheck(command);
        coverEveryEndpoint(caseCommands());
    }

    @Property(tries = 60)
    void aBodyOfAnotherContentTypeIsRefusedWholeOrStoredWhole(@ForAll("badContentTypes") BadCommand command) {
        sendAndCheck(command);
    }

    @Property(tries = 40)
    void anImportFileIsRefusedWholeOrImportedRowByRow(@ForAll("importFiles") CsvFile file,
                                                       @ForAll("importContentTypes") String contentType) {
        Http officer = app.http(TestUsers.OFFICER);
        List<String> cases = file.references().stream().filter(reference -> casePath(reference) != null).toList();
        List<String> there = cases.stream().filter(reference -> readable(officer, reference)).toList();
        long storedBefore = app.storedEvents();

        Http.Answer answer = BadCommand.post(app.http(TestUsers.ADMIN), "/api/imports", contentType, file.bytes());

        Statistics.label("answer").collect(answer.status());
        if (isSuccess(answer, "/api/imports", storedBefore)) {
            importedRowByRow(file, answer, storedBefore, cases, there);
        }
    }

    /**
     * Events were stored only if rows were imported, and reached every read model; a row rejected left
     * nothing, one not rejected reads back, and one holding a text over the limit was rejected.
     *
     * @param cases the complaints and comments the file names; {@code there} those of them stored before it
     */
    private void importedRowByRow(CsvFile file, Http.Answer answer, long storedBefore, List<String> cases, List<String> there) {
        JsonNode report = answer.json();
        int imported = report.path("imported").asInt(-1);
        assertThat(imported).as(answer.response().body()).isNotNegative();
        assertThat(app.storedEvents() > storedBefore).as("events stored when %d rows were imported", imported)
                .isEqualTo(imported > 0);
        app.awaitReadModelsCaughtUp();
        Set<String> rejected = report.path("rejected").valueStream()
                .map(row -> key(row.path("reference").asString(""))).collect(Collectors.toSet());
        if (file.wellFormed()) {
            assertThat(rejected).as("rows holding a text over %d characters", BadValues.TEXT_LIMIT)
                    .containsAll(file.overlong().stream().filter(reference -> !there.contains(reference))
                            .map(BadInputPropertiesTest::key).filter(reference -> !namedByEarlierImports.contains(reference))
                            .toList());
        }
        file.references().stream().map(BadInputPropertiesTest::key).filter(reference -> !rejected.contains(reference))
                .forEach(namedByEarlierImports::add);
        Http officer = app.http(TestUsers.OFFICER);
        for (String reference : cases) {
            if (rejected.contains(key(reference)) && !there.contains(reference)) {
                assertThat(readable(officer, reference)).as("%s, rejected, was stored", reference).isFalse();
            } else if (!rejected.contains(key(reference)) && file.wellFormed()) {
                assertThat(readable(officer, reference)).as("%s, not rejected, reads back", reference).isTrue();
            }
        }
    }

    @Provide
    Arbitrary<BadCommand> badBodies() {
        return inTurn(CommandEndpoint.ALL).flatMap(endpoint -> Combinators.combine(PathPart.ownCase(),
                        Arbitraries.frequencyOf(Tuple.of(3, endpoint.body().spoilt().map(BadInputPropertiesTest::utf8)),
                                Tuple.of(2, endpoint.body().oneBadValue().map(BadInputPropertiesTest::utf8)),
                                Tuple.of(1, BadBodies.around(endpoint.body().valid()))))
                .as((id, body) -> new BadCommand(endpoint, BadCommand.own(id), JSON, body)));
    }

    @Provide
    Arbitrary<BadCommand> farAwayDates() {
        return Arbitraries.of(CommandEndpoint.ALL.stream().flatMap(endpoint -> endpoint.body().placesOf(Shape.Kind.DATE)
                .stream().flatMap(place -> BadValues.FAR_AWAY_DATES.stream().map(date -> new BadCommand(endpoint,
                        BadCommand.own(new PathPart.Own(PathPart.Form.UUID)), JSON, utf8(place.put().apply(JsonText.quote(date)))))))
                .toList());
    }

    @Provide
    Arbitrary<BadCommand> hostileTexts() {
        return Arbitraries.of(CommandEndpoint.ALL.stream().filter(CommandEndpoint::registers)
                .flatMap(endpoint -> BadValues.HOSTILE_TEXTS.stream().map(text -> new BadCommand(endpoint, Map.of(), JSON,
                        utf8(endpoint.body().withEvery(Shape.Kind.TEXT, JsonText.quote(text))))))
                .toList());
    }

    @Provide
    Arbitrary<BadCommand> badPaths() {
        return inTurn(caseCommands()).flatMap(endpoint -> {
            List<Arbitrary<Tuple.Tuple2<String, PathPart>>> badParts = new ArrayList<>();
            badParts.add(PathPart.badCaseKeys().map(part -> Tuple.of("{id}", part)));
            if (endpoint.path().contains("{learningId}")) {
                badParts.add(PathPart.badLearningIds().map(part -> Tuple.of("{learningId}", part)));
            }
            if (endpoint.path().contains("{index}")) {
                badParts.add(PathPart.badIndexes().map(part -> Tuple.of("{index}", part)));
            }
            return Combinators.combine(PathPart.ownCase(), Arbitraries.oneOf(badParts))
                    .as((id, bad) -> new BadCommand(endpoint, BadCommand.own(id), JSON, utf8(endpoint.body().valid()))
                            .with(bad.get1(), bad.get2()));
        });
    }

    @Provide
    Arbitrary<BadCommand> badContentTypes() {
        Arbitrary<String> contentTypes = Arbitraries.of("text/plain", "text/csv", "application/xml",
                "application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=x",
                "application/problem+json", "application/merge-patch+json", "*/*", "application/*", "", "foo",
                "application/json; charset=bogus", "application/json; charset=UTF-16", "application/json; charset=ISO-8859-1",
                "application/json; charset=\"unterminated", "application/json, text/plain", "APPLICATION/JSON",
                "application/json;;", "text/json", "application/json; boundary=x").injectNull(0.1);
        return inTurn(CommandEndpoint.ALL).flatMap(endpoint -> Combinators.combine(PathPart.ownCase(), contentTypes,
                        Arbitraries.oneOf(Arbitraries.just(endpoint.body().valid()), endpoint.body().spoilt()))
                .as((id, contentType, body) -> new BadCommand(endpoint, BadCommand.own(id), contentType, utf8(body))));
    }

    @Provide
    Arbitrary<CsvFile> importFiles() {
        return BadCsvFiles.files();
    }

    @Provide
    Arbitrary<String> importContentTypes() {
        return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just("text/csv")), Tuple.of(1, Arbitraries.of(
                "text/csv; charset=UTF-16", "text/csv; charset=bogus", "application/json", "text/plain", "TEXT/CSV",
                "multipart/form-data")));
    }

    private void sendAndCheck(BadCommand command) {
        Statistics.label("endpoint").collect(command.endpoint().name());
        Case own = command.endpoint().registers() ? null : fixtures.get(command.endpoint().state());
        String path = command.path(own, fixtures);
        Case named = command.names(own, fixtures);
        long storedBefore = app.storedEvents();
        String historyBefore = named == null ? "" : histories.computeIfAbsent(named.id(), id -> history(named));

        Http.Answer answer = BadCommand.post(app.http(TestUsers.OFFICER), path, command.contentType(), command.body());

        Statistics.label("answer").collect(answer.status());
        if (!isSuccess(answer, path, storedBefore)) {
            assertThat(history(named)).as("the case's history after a refused request").isEqualTo(historyBefore);
        } else if (command.endpoint().registers() || named != null) {
            storedWhole(command.endpoint(), named, answer, historyBefore);
            if (named != null) {
                histories.remove(named.id());
            }
        } else {
            // the path named a case in words of its own, and the command was accepted: it may have changed any fixture
            app.awaitReadModelsCaughtUp();
            fixtures.allChanged();
            histories.clear();
        }
    }

    /** Never a server error; a refusal is problem+json and stored no event. Answers whether the request was accepted. */
    private boolean isSuccess(Http.Answer answer, String path, long storedBefore) {
        assertThat(answer.status()).as("POST %s answered %s", path, answer.response().body()).isBetween(200, 499);
        if (answer.status() < 300) {
            return true;
        }
        Problems.assertRefusal(answer);
        assertThat(app.storedEvents()).as("events stored by a refused request").isEqualTo(storedBefore);
        return false;
    }

    /** The events stored have reached every read model, the case reads back, and it still loads from its events. */
    private void storedWhole(CommandEndpoint endpoint, Case named, Http.Answer answer, String historyBefore) {
        app.awaitReadModelsCaughtUp();
        Http officer = app.http(TestUsers.OFFICER);
        if (endpoint.registers()) {
            JsonNode registration = answer.json();
            String reference = registration.path("reference").asString();
            if (endpoint.path().equals("/api/compliments")) {
                assertThat(officer.get("/api/compliments").json().valueStream().map(view -> view.path("reference").asString()))
                        .contains(reference);
            } else {
                readsBackAndLoads(officer, endpoint.path() + "/" + registration.path("id").asString(), reference);
            }
            return;
        }
        if (named.isComplaint()) {
            assertThat(Http.json(history(named)).size()).as("events in the history")
                    .isGreaterThan(Http.json(historyBefore).size());
        }
        readsBackAndLoads(officer, named.path(), named.reference());
        fixtures.changed(named.state());
    }

    private static void readsBackAndLoads(Http officer, String casePath, String reference) {
        Http.Answer view = officer.get(casePath);
        assertThat(view.status()).as("GET %s: %s", casePath, view.response().body()).isEqualTo(200);
        assertThat(view.json().path("reference").asString()).isEqualTo(reference);
        // a field missing from a command is found once the case is loaded from its events
        Http.Answer loaded = officer.postJson(casePath + "/acknowledgement", "{}");
        assertThat(loaded.status()).as("a command to %s: %s", casePath, loaded.response().body()).isEqualTo(400);
    }

    /** The case's history as the API reads it from the event store ("" for a case that has none to compare). */
    private String history(Case named) {
        if (named == null || !named.isComplaint()) {
            return "";
        }
        Http.Answer history = app.http(TestUsers.OFFICER).get(named.path() + "/history");
        assertThat(history.status()).as("history of %s: %s", named, history.response().body()).isEqualTo(200);
        return history.response().body();
    }

    private static boolean readable(Http officer, String reference) {
        return officer.get(casePath(reference)).status() == 200;
    }

    /** A reference as the import reads it: as UTF-8 carried it (a lone surrogate, which it cannot hold, as '?'). */
    private static String key(String reference) {
        return new String(reference.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).strip().toUpperCase(Locale.ROOT);
    }

    /** Where a complaint or a comment is read by its reference; null for references of neither. */
    private static String casePath(String reference) {
        String key = key(reference);
        return key.matches("(ST|CO|SE)-\\d{4}-\\d{4,7}") ? "/api/complaints/" + key
                : key.matches("CM-\\d{4}-\\d{4,7}") ? "/api/comments/" + key : null;
    }

    private static void coverEveryEndpoint(List<CommandEndpoint> endpoints) {
        Statistics.label("endpoint").coverage(coverage -> endpoints.forEach(endpoint ->
                coverage.check(endpoint.name()).count(count -> count >= 1)));
    }

    /** Each endpoint in turn, so that every one gets its share of the tries (a random pick leaves some with few). */
    private static Arbitrary<CommandEndpoint> inTurn(List<CommandEndpoint> endpoints) {
        return Arbitraries.create(() -> endpoints.get(Math.floorMod(TURN.getAndIncrement(), endpoints.size())));
    }

    private static List<CommandEndpoint> caseCommands() {
        return CommandEndpoint.ALL.stream().filter(endpoint -> !endpoint.registers()).toList();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
