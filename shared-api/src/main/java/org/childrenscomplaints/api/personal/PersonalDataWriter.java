package org.childrenscomplaints.api.personal;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.TokenBuffer;

import java.util.Map;

/**
 * Turns a message or a view into the JSON object a caller may read: whole for the roles that work
 * with the people concerned, without its {@link PersonalData} fields for everyone else (scrutiny,
 * dashboards). Done with Jackson's own views, so every field not marked is written as usual.
 */
public final class PersonalDataWriter {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final JsonMapper mapper;
    private final JsonMapper withholding;

    public PersonalDataWriter(JsonMapper mapper) {
        this.mapper = mapper;
        // with a view active, fields outside every view must still be written: only the marked ones drop out
        this.withholding = mapper.rebuild().enable(MapperFeature.DEFAULT_VIEW_INCLUSION).build();
    }

    public Map<String, Object> write(Object value, boolean showPersonalData) {
        if (showPersonalData) {
            return mapper.convertValue(value, JSON_OBJECT);
        }
        return withholding.readerFor(JSON_OBJECT).readValue(withheldTokens(value));
    }

    /** A copy of {@code value} with its personal data left empty, for read models that have no use for it. */
    public <T> T withheld(T value, Class<T> type) {
        return withholding.readerFor(type).readValue(withheldTokens(value));
    }

    /**
     * The value as Jackson's tokens, without its personal data: as text written and read again it
     * took a quarter of the annual report's work in a rebuild (docs/benchmarks.md).
     */
    private TokenBuffer withheldTokens(Object value) {
        return withholding.writerWithView(PersonalData.Withheld.class).writeValueIntoBuffer(value);
    }
}
