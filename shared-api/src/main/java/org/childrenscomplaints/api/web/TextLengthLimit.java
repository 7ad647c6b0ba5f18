package org.childrenscomplaints.api.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * The longest text any field of a request may hold: a complaint's summary runs to a few pages,
 * never to a book. Applied to every text field as JSON is read, so the refusal names the field.
 */
public final class TextLengthLimit {

    public static final int MAX_CHARACTERS = 20_000;
    /** The limit as a field's problem says it, for every way a text comes in (JSON, an import's cells). */
    public static final String RULE = "must be at most " + MAX_CHARACTERS + " characters";

    private TextLengthLimit() {
    }

    public static SimpleModule module() {
        return new SimpleModule("text-length-limit").addDeserializer(String.class, new LimitedText());
    }

    /** A text over the limit, answered as a 400 on its field. */
    static final class TextTooLong extends MismatchedInputException {
        TextTooLong(JsonParser parser) {
            super(parser, RULE, String.class);
        }
    }

    private static final class LimitedText extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            if (text != null && text.length() > MAX_CHARACTERS) {
                throw new TextTooLong(parser);
            }
            return text;
        }
    }
}
