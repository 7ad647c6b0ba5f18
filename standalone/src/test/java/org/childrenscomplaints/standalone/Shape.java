package org.childrenscomplaints.standalone;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What a field of a command holds, as the contract describes it: a valid value (null for an optional
 * field a valid body leaves out) and the bad values that fit its kind, all as JSON text.
 */
record Shape(String valid, Arbitrary<String> spoilt) {

    static Shape text(String valid) {
        return new Shape(JsonText.quote(valid), Arbitraries.oneOf(BadValues.texts(), BadValues.wrongTypes()));
    }

    static Shape date(LocalDate valid) {
        return new Shape(JsonText.quote(valid.toString()), Arbitraries.oneOf(BadValues.dates(), BadValues.wrongTypes()));
    }

    /** One of a closed list: an enum or the council's reference data. */
    static Shape choice(String valid, Collection<String> allowed) {
        return new Shape(JsonText.quote(valid), Arbitraries.oneOf(BadValues.choices(allowed.stream().sorted().toList()),
                BadValues.wrongTypes()));
    }

    static Shape flag(boolean valid) {
        return new Shape(Boolean.toString(valid), Arbitraries.oneOf(BadValues.wrongTypes(),
                Arbitraries.of("\"true\"", "\"yes\"", "1", "0")));
    }

    static Shape reference() {
        return new Shape(null, Arbitraries.oneOf(BadValues.references(), BadValues.texts(), BadValues.wrongTypes()));
    }

    /** An optional field that a valid body leaves out. */
    Shape leftOut() {
        return new Shape(null, spoilt);
    }

    static Shape listOf(Shape item) {
        Arbitrary<String> spoiltItems = Arbitraries.oneOf(item.spoilt, Arbitraries.just("null"), Arbitraries.just(item.valid))
                .list().ofMinSize(1).ofMaxSize(3).map(JsonText::array);
        return new Shape(JsonText.array(List.of(item.valid)), Arbitraries.oneOf(spoiltItems, BadValues.wrongTypes(),
                Arbitraries.of("[]", "[null]", JsonText.array(List.of(item.valid, item.valid)))));
    }

    /** A map from a closed list's values (e.g. a complaint's issues) to values of {@code value}'s shape. */
    static Shape mapOf(String key, Shape value) {
        Arbitrary<String> keys = Arbitraries.oneOf(Arbitraries.just(key), BadValues.unicodeTexts(), BadValues.blankTexts());
        Arbitrary<String> spoiltEntries = Combinators.combine(keys, Arbitraries.oneOf(value.spoilt, Arbitraries.just("null"),
                Arbitraries.just(value.valid))).as((name, json) -> JsonText.object(List.of(new JsonText.Member(name, json))));
        return new Shape(JsonText.object(List.of(new JsonText.Member(key, value.valid))),
                Arbitraries.oneOf(spoiltEntries, BadValues.wrongTypes()));
    }

    /**
     * An object: its valid members, and objects where at least one member is spoilt, null or left out
     * and a few others may be too, now and then with members nobody asked for.
     */
    static Shape object(List<Field> fields) {
        List<JsonText.Member> validMembers = fields.stream()
                .map(field -> new JsonText.Member(field.name(), field.shape().valid)).toList();
        Arbitrary<Tuple.Tuple2<Integer, JsonText.Member>> victim = Arbitraries.integers().between(0, fields.size() - 1)
                .flatMap(i -> fields.get(i).spoilt().map(member -> Tuple.of(i, member)));
        Arbitrary<List<JsonText.Member>> others = Combinators.combine(fields.stream()
                .map(field -> field.maybeSpoilt(fields.size())).toList()).as(List::copyOf);
        Arbitrary<String> spoiltObjects = Combinators.combine(victim, others, extraMembers(fields))
                .as((spoilt, members, extras) -> {
                    List<JsonText.Member> body = new ArrayList<>(members);
                    body.set(spoilt.get1(), spoilt.get2());
                    body.addAll(extras);
                    return JsonText.object(body);
                });
        return new Shape(JsonText.object(validMembers), Arbitraries.oneOf(spoiltObjects, BadValues.wrongTypes()));
    }

    private static Arbitrary<List<JsonText.Member>> extraMembers(List<Field> fields) {
        Arbitrary<String> names = Arbitraries.oneOf(Arbitraries.of(fields.stream().map(Field::name).toList()),
                Arbitraries.of("complaintId", "commentId", "learningId", "index", "id", "__proto__", "$where", "a.b", ""),
                BadValues.unicodeTexts());
        Arbitrary<JsonText.Member> extra = Combinators.combine(names, BadValues.anyJson()).as(JsonText.Member::new);
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(List.<JsonText.Member>of())),
                Tuple.of(1, extra.list().ofMinSize(1).ofMaxSize(2)));
    }

    /** A member of an object. */
    record Field(String name, Shape shape) {

        /** Valid most of the time, so that a body's other mistakes are tried one at a time too. */
        Arbitrary<JsonText.Member> maybeSpoilt(int siblings) {
            return Arbitraries.frequencyOf(Tuple.of(2 * siblings, Arbitraries.just(new JsonText.Member(name, shape.valid))),
                    Tuple.of(1, spoilt()));
        }

        Arbitrary<JsonText.Member> spoilt() {
            return Arbitraries.frequencyOf(Tuple.of(4, shape.spoilt.map(json -> new JsonText.Member(name, json))),
                    Tuple.of(1, Arbitraries.just(new JsonText.Member(name, "null"))),
                    Tuple.of(1, Arbitraries.just(new JsonText.Member(name, null))));
        }
    }
}
