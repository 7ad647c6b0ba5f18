package org.childrenscomplaints.standalone;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.childrenscomplaints.standalone.CaseFixtures.Case;
import org.childrenscomplaints.standalone.CaseFixtures.State;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * What a request puts in one of a path's placeholders: the case the command is for, in any of the
 * ways it may be named; a case of another kind or state; or text that names nothing.
 */
sealed interface PathPart {

    String segment(Case own, CaseFixtures fixtures);

    /** The case it names among the fixtures, or null when it names no fixture (and might name any case). */
    default Case names(Case own, CaseFixtures fixtures) {
        return null;
    }

    /** The ways a case may be named: by its uuid or its reference, in either case, with spaces around. */
    enum Form {
        UUID, UPPER_CASE_UUID, REFERENCE, LOWER_CASE_REFERENCE, PADDED_REFERENCE;

        String of(Case named) {
            return switch (this) {
                case UUID -> named.id();
                case UPPER_CASE_UUID -> named.id().toUpperCase(Locale.ROOT);
                case REFERENCE -> named.reference();
                case LOWER_CASE_REFERENCE -> named.reference().toLowerCase(Locale.ROOT);
                case PADDED_REFERENCE -> "%20" + named.reference() + "%20";
            };
        }
    }

    /** The case the command is for. */
    record Own(Form form) implements PathPart {
        @Override
        public String segment(Case own, CaseFixtures fixtures) {
            return form.of(own);
        }

        @Override
        public Case names(Case own, CaseFixtures fixtures) {
            return own;
        }
    }

    /** A case in another state, or of another kind: a comment where a complaint is expected, a compliment... */
    record Other(State state, Form form) implements PathPart {
        @Override
        public String segment(Case own, CaseFixtures fixtures) {
            return form.of(fixtures.get(state));
        }

        @Override
        public Case names(Case own, CaseFixtures fixtures) {
            return fixtures.get(state);
        }
    }

    /** The learning captured on the case the command is for. */
    record OwnLearning() implements PathPart {
        @Override
        public String segment(Case own, CaseFixtures fixtures) {
            return own.learningId();
        }
    }

    /** Text, percent-encoded where the URL needs it, or left as sent when {@code raw}. */
    record Text(String text, boolean raw) implements PathPart {
        @Override
        public String segment(Case own, CaseFixtures fixtures) {
            return raw ? text : URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }

    static Arbitrary<PathPart> ownCase() {
        return Arbitraries.of(Form.class).map(Own::new);
    }

    /** Case ids that are not uuids or references, uuids and references of no case, and cases of other kinds. */
    static Arbitrary<PathPart> badCaseKeys() {
        Arbitrary<PathPart> notKeys = Arbitraries.oneOf(BadValues.unicodeTexts(), Arbitraries.of("", " ", "null", "0",
                        "-1", "{id}", "ST-2026", "ST-2026-0001-1", "6b146b1e6434", "{6b146b1e-6434-4acd-a6cc-6cfaf99c62b4}",
                        "6b146b1e-6434-4acd-a6cc-6cfaf99c62b4x", "1-1-1-1-1", "x".repeat(1_000), "ST/2026/0001", "a\\b"))
                .map(text -> new Text(text, false));
        Arbitrary<PathPart> unknown = Arbitraries.oneOf(Arbitraries.create(() -> UUID.randomUUID().toString()),
                Arbitraries.of("00000000-0000-0000-0000-000000000000", "ST-2026-9999", "CM-2026-9999", "CP-2026-9999"))
                .map(text -> new Text(text, false));
        Arbitrary<PathPart> otherCases = Arbitraries.of(State.class).flatMap(state -> Arbitraries.of(Form.class)
                .map(form -> new Other(state, form)));
        return Arbitraries.oneOf(notKeys, unknown, otherCases, rawTricks());
    }

    /** Action and remedy numbers that are not numbers, or number nothing. */
    static Arbitrary<PathPart> badIndexes() {
        return Arbitraries.oneOf(Arbitraries.of("-1", "1", "99", "2147483647", "2147483648", "abc", "1.0", "", "0x1",
                "+1", " 0", "\u0660", "00", "1e1").map(text -> new Text(text, false)), rawTricks());
    }

    static Arbitrary<PathPart> badLearningIds() {
        return Arbitraries.oneOf(BadValues.unicodeTexts().map(text -> new Text(text, false)),
                Arbitraries.create(() -> UUID.randomUUID().toString()).map(text -> new Text(text, false)), rawTricks());
    }

    /**
     * Sequences servers treat specially in a path: encoded slashes, dots, NUL, path parameters, broken UTF-8.
     * (Malformed escapes such as a lone {@code %} cannot be tried: the JDK's client refuses to send them.)
     */
    private static Arbitrary<PathPart> rawTricks() {
        return Arbitraries.of("%2F", "%00", "%5C", "%25", "%2e%2e", "..", ".", ";", "a;b=c", "%3B", "%C0%AE", "%FF",
                "%E2%80%AE", "ST-2026-0001%2F1").map(text -> new Text(text, true));
    }
}
