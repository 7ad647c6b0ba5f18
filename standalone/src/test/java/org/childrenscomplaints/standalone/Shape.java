package org.childrenscomplaints.standalone;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * What a field of a command holds, as the contract describes it: a valid value (null for an optional
 * field a valid body leaves out); the bad values that fit it, of any sort; the places inside it
 * where one simple value (a text, a date...) sits, each able to take a bad value with all else valid;
 * and how it reads with one value in every place of a kind. Values are JSON text.
 */
record Shape(String valid, Arbitrary<String> spoilt, List<Place> places, BiFunction<Kind, String, String> withEvery) {

    /** The kinds of simple value a field holds. */
    enum Kind {
        TEXT, DATE, CHOICE, FLAG, REFERENCE
    }

    /**
     * Where one simple value sits: its kind, the bad values that fit it, and how the whole shape reads
     * with a given value there and everything else valid.
     */
    record Place(Kind kind, Arbitrary<String> bad, UnaryOperator<String> put) {

        Arbitrary<String> spoilt() {
            return bad.map(put);
        }

        Place inside(UnaryOperator<String> outer) {
            return new Place(kind, bad, json -> outer.apply(put.apply(json)));
        }
    }

    static Shape text(String valid) {
        return leaf(JsonText.quote(valid), Kind.TEXT, BadValues.texts());
    }

    static Shape date(LocalDate valid) {
        return leaf(JsonText.quote(valid.toString()), Kind.DATE, BadValues.dates());
    }

    /** One of a closed list: an enum or the council's reference data. */
    static Shape choice(String valid, Collection<String> allowed) {
        return leaf(JsonText.quote(valid), Kind.CHOICE, BadValues.choices(allowed.stream().sorted().toList()));
    }

    static Shape flag(boolean valid) {
        return leaf(Boolean.toString(valid), Kind.FLAG, Arbitraries.of("\"true\"", "\"yes\"", "1", "0"));
    }

    static Shape reference() {
        return leaf(null, Kind.REFERENCE, Arbitraries.oneOf(BadValues.references(), BadValues.texts()));
    }

    private static Shape leaf(String valid, Kind kind, Arbitrary<String> bad) {
        return new Shape(valid, Arbitraries.oneOf(bad, BadValues.wrongTypes()), List.of(new Place(kind, bad, json -> json)),
                (wanted, json) -> wanted == kind ? json : valid);
    }

    /** An optional field that a valid body leaves out. */
    Shape leftOut() {
        return new Shape(null, spoilt, places, withEvery);
    }

    /** The shape with {@code json} in every place of {@code kind}, optional fields included, all else valid. */
    String withEvery(Kind kind, String json) {
        return withEvery.apply(kind, json);
    }

    static Shape listOf(Shape item) {
        Arbitrary<String> spoiltItems = Arbitraries.oneOf(item.spoilt, Arbitraries.just("null"), Arbitraries.just(item.valid))
                .list().ofMinSize(1).ofMaxSize(3).map(JsonText::array);
        return new Shape(JsonText.array(List.of(item.valid)), Arbitraries.oneOf(spoiltItems, BadValues.wrongTypes(),
                Arbitraries.of("[]", "[null]", JsonText.array(List.of(item.valid, item.valid)))),
                item.places.stream().map(place -> place.inside(json -> JsonText.array(List.of(json)))).toList(),
                (kind, json) -> JsonText.array(List.of(item.withEvery(kind, json))));
    }

    /** A map from a closed list's values (e.g. a complaint's issues) to values of {@code value}'s shape. */
    static Shape mapOf(String key, Shape value) {
        Arbitrary<String> keys = Arbitraries.oneOf(Arbitraries.just(key), BadValues.unicodeTexts(), BadValues.blankTexts());
        Arbitrary<String> spoiltEntries = Combinators.combine(keys, Arbitraries.oneOf(value.spoilt, Arbitraries.just("null"),
                Arbitraries.just(value.valid))).as(Shape::entry);
        return new Shape(entry(key, value.valid), Arbitraries.oneOf(spoiltEntries, BadValues.wrongTypes()),
                value.places.stream().map(place -> place.inside(json -> entry(key, json))).toList(),
                (kind, json) -> entry(key, value.withEvery(kind, json)));
    }

    /**
     * An object: its valid members; objects where at least one member is spoilt, null or left out and a
     * few others may be too, now and then with members nobody asked for; and the places of its members.
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
        List<Place> places = IntStream.range(0, fields.size()).boxed().flatMap(i -> fields.get(i).shape().places.stream()
                .map(place -> place.inside(json -> {
                    List<JsonText.Member> body = new ArrayList<>(validMembers);
                    body.set(i, new JsonText.Member(fields.get(i).name(), json));
                    return JsonText.object(body);
                }))).toList();
        return new Shape(JsonText.object(validMembers), Arbitraries.oneOf(spoiltObjects, BadValues.wrongTypes()), places,
                (kind, json) -> JsonText.object(fields.stream()
                        .map(field -> new JsonText.Member(field.name(), field.shape().withEvery(kind, json))).toList()));
    }

    /** The shape with one simple value bad, all else valid: a kind it holds, then a place of that kind. */
    Arbitrary<String> oneBadValue() {
        List<Kind> kinds = places.stream().map(Place::kind).distinct().toList();
        return Arbitraries.of(kinds).flatMap(kind -> Arbitraries.of(places.stream().filter(place -> place.kind() == kind)
                .toList())).flatMap(Place::spoilt);
    }

    List<Place> placesOf(Kind kind) {
        return places.stream().filter(place -> place.kind() == kind).toList();
    }

    private static Arbitrary<List<JsonText.Member>> extraMembers(List<Field> fields) {
        Arbitrary<String> names = Arbitraries.oneOf(Arbitraries.of(fields.stream().map(Field::name).toList()),
                Arbitraries.of("complaintId", "commentId", "learningId", "index", "id", "__proto__", "$where", "a.b", ""),
                BadValues.unicodeTexts());
        Arbitrary<JsonText.Member> extra = Combinators.combine(names, BadValues.anyJson()).as(JsonText.Member::new);
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(List.<JsonText.Member>of())),
                Tuple.of(1, extra.list().ofMinSize(1).ofMaxSize(2)));
    }

    private static String entry(String key, String json) {
        return JsonText.object(List.of(new JsonText.Member(key, json)));
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
