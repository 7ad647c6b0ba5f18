package org.childrenscomplaints.standalone;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.childrenscomplaints.api.SharedApiAutoConfiguration;
import org.childrenscomplaints.api.web.TextLengthLimit;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One arbitrary per kind of bad value a client may put in a field, each as raw JSON text. Values
 * that happen to be valid are welcome too: the app must then store them whole.
 */
final class BadValues {

    static final int TEXT_LIMIT = TextLengthLimit.MAX_CHARACTERS;

    /** Real days far from any case, some beyond what a store of dates holds (MongoDB's end in the year 292278994). */
    static final List<String> FAR_AWAY_DATES = List.of("0000-01-01", "1900-01-01", "9999-12-31", "+99999-01-01",
            "+999999999-12-31", "-999999999-01-01");

    private BadValues() {
    }

    static LocalDate today() {
        return LocalDate.now(SharedApiAutoConfiguration.COUNCIL_ZONE);
    }

    /**
     * Texts that mean something to a store or a screen: NUL, which no MongoDB field name may hold; the dots
     * and dollars field names may not hold either; an unpaired surrogate; a right-to-left override; a
     * character outside the basic plane; the length limit and one over it; a blank; the import's own word.
     */
    static final List<String> HOSTILE_TEXTS = List.of("a\u0000b", "Court.Team", "$where", "a|b%2E", "\uD800",
            "\u202Eevil", "\uD83D\uDE00", "x".repeat(TEXT_LIMIT), "x".repeat(TEXT_LIMIT + 1), " ", "NOT_RECORDED");

    /** JSON of another type than the field's (null is left to the callers, which treat it as its own case). */
    static Arbitrary<String> wrongTypes() {
        return Arbitraries.of("0", "-1", "1.5", "-0", "1e999999", "12345678901234567890123", "true", "false",
                "[]", "[null]", "[1, \"a\"]", "{}", "{\"a\": {\"b\": []}}", "\"[]\"", "\"{}\"");
    }

    /** Free text of every awkward sort: unicode of all planes, huge, blank, or meaning something elsewhere. */
    static Arbitrary<String> texts() {
        return rawTexts().map(JsonText::quote);
    }

    static Arbitrary<String> rawTexts() {
        return Arbitraries.oneOf(unicodeTexts(), hugeTexts(), blankTexts(), trickyTexts());
    }

    static Arbitrary<String> unicodeTexts() {
        return codePoint().list().ofMinSize(1).ofMaxSize(40).map(points -> String.join("", points));
    }

    /** Around the length limit, far over it, and over the whole body's limit; in characters of one and two UTF-16 units. */
    static Arbitrary<String> hugeTexts() {
        Arbitrary<Integer> lengths = Arbitraries.oneOf(Arbitraries.integers().between(TEXT_LIMIT - 3, TEXT_LIMIT + 3),
                Arbitraries.of(TEXT_LIMIT * 5, 1_100_000));
        return Combinators.combine(Arbitraries.of("x", "é", "\uD83D\uDE00", "\u05D0", "\u202E"), lengths)
                .as((unit, length) -> unit.repeat(Math.max(1, length / unit.length())));
    }

    static Arbitrary<String> blankTexts() {
        return Arbitraries.of("", " ", "\t", "\n", "\r\n", "\u00A0", "\u2003", "\u200B", "\u3000", "\uFEFF");
    }

    static Arbitrary<String> trickyTexts() {
        return Arbitraries.of("NOT_RECORDED", "null", "undefined", "<script>alert(1)</script>",
                "'; DROP TABLE DomainEventEntry; --", "${jndi:ldap://localhost/x}", "%s%n%x", "../../etc/passwd",
                "=HYPERLINK(\"http://localhost\")", "{{7*7}}", "\\u0000", "a\u0000b", "\uD800", "\uDFFF\uD800",
                "\u202Eevil\u202C", "e\u0301\u0301\u0301", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67");
    }

    /** Dates no calendar has, dates far from any case, dates written another way, and plausible dates around today. */
    static Arbitrary<String> dates() {
        Arbitrary<String> notText = Arbitraries.of("-5", "0", "99999999999", "1.5", "[2026, 2, 30]", "[2026, 2, 1]",
                "[2026]", "{\"year\": 2026}", "true");
        return Arbitraries.frequencyOf(Tuple.of(3, dateTexts().map(JsonText::quote)), Tuple.of(1, notText));
    }

    static Arbitrary<String> dateTexts() {
        Arbitrary<String> impossible = Arbitraries.of("2026-02-30", "2025-02-29", "2026-04-31", "2026-13-01",
                "2026-00-10", "2026-01-00", "2026-01-32", "99999-01-01", "+1000000000-01-01");
        Arbitrary<String> farAway = Arbitraries.of(FAR_AWAY_DATES);
        Arbitrary<String> otherwiseWritten = Arbitraries.of("2026-1-5", "01/02/2026", "2026/02/01", "20260201",
                "2026-02-01T00:00:00Z", "2026-02-01T10:00", " 2026-02-01", "2026-02-01 ", "2026-02-01\u0000",
                "\uFF12\uFF10\uFF12\uFF16-\uFF10\uFF12-\uFF10\uFF11", "\u0662\u0660\u0662\u0666-\u0660\u0662-\u0660\u0661",
                "2026-W05-1", "2026-032", "today", "");
        Arbitrary<String> plausible = Arbitraries.integers().between(-3 * 366, 366)
                .map(days -> today().plusDays(days).toString());
        return Arbitraries.oneOf(impossible, farAway, otherwiseWritten, plausible);
    }

    /** Values beside a closed list's: near misses of its own values, other lists' values, indexes. */
    static Arbitrary<String> choices(List<String> allowed) {
        return Arbitraries.frequencyOf(Tuple.of(4, choiceTexts(allowed).map(JsonText::quote)),
                Tuple.of(1, Arbitraries.of("0", "1", "99", "-1")));
    }

    static Arbitrary<String> choiceTexts(List<String> allowed) {
        Arbitrary<String> nearMisses = Arbitraries.of(allowed).flatMap(value -> Arbitraries.of(
                value.toLowerCase(Locale.ROOT), " " + value, value + " ", value + "\u0000", value.replace('_', ' '),
                value + "S", value.replace("I", "\u0130")));
        Arbitrary<String> strangers = Arbitraries.of("", "FOO", "NOT_RECORDED", "null", "0", "OTHER", "UPHELD",
                "STAGE_1", "STATUTORY", "DELAY");
        return Arbitraries.oneOf(nearMisses, strangers, unicodeTexts());
    }

    /** Case references as clerks mistype them, or as they may be but already taken. */
    static Arbitrary<String> references() {
        int year = today().getYear();
        return Arbitraries.of("ST-" + year + "-0001", "ST-2019-0001", "CM-" + year + "-0001", "ST-" + year + "-0000",
                "ST-" + year + "-99999999", "st-" + year + "-0001", "ST-" + year + "-1", "ST_" + year + "_0001",
                "ST-\u0662\u0660\u0662\u0666-0001", "ST-" + year + "-0001\u0000", "NOT_RECORDED").map(JsonText::quote);
    }

    /** Any JSON at all, for members nobody asked for. */
    static Arbitrary<String> anyJson() {
        return Arbitraries.oneOf(wrongTypes(), texts(), dates(), Arbitraries.just("null"));
    }

    private static Arbitrary<String> codePoint() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(' ', '~')),
                Tuple.of(1, Arbitraries.oneOf(Arbitraries.integers().between(0, 0x1F),
                        Arbitraries.integers().between(0x7F, 0x9F), Arbitraries.of(0x2028, 0x2029))),
                Tuple.of(1, Arbitraries.oneOf(Arbitraries.integers().between(0x0590, 0x06FF),
                        Arbitraries.integers().between(0x202A, 0x202E), Arbitraries.integers().between(0x2066, 0x2069))),
                Tuple.of(1, Arbitraries.oneOf(Arbitraries.of(0x200B, 0x200C, 0x200D, 0xFEFF, 0x00AD, 0x034F),
                        Arbitraries.integers().between(0x0300, 0x036F))),
                Tuple.of(1, Arbitraries.integers().between(0xD800, 0xDFFF)),
                Tuple.of(1, Arbitraries.oneOf(Arbitraries.integers().between(0x10000, 0x10FFFF),
                        Arbitraries.integers().between(0x1F600, 0x1F64F))),
                Tuple.of(1, Arbitraries.oneOf(Arbitraries.integers().between(0xFDD0, 0xFDEF),
                        Arbitraries.integers().between(0xFFF9, 0xFFFF))))
                .map(Character::toString);
    }
}
