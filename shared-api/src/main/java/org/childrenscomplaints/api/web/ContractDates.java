package org.childrenscomplaints.api.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Dates as the contract writes them, YYYY-MM-DD, and no other way. Left to itself Jackson also reads a
 * number (days since 1970), an array {@code [y, m, d]} and signed years of up to nine digits, days no
 * store of a case can hold (MongoDB's dates end in the year 292278994): a command carrying one was
 * accepted, and every read model it reached then failed on it, over and over.
 */
public final class ContractDates {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private ContractDates() {
    }

    /** @throws DateTimeParseException for text that is not a day written YYYY-MM-DD */
    public static LocalDate parse(String text) {
        if (!FORMAT.matcher(text).matches()) {
            throw new DateTimeParseException("not written YYYY-MM-DD", text, 0);
        }
        return LocalDate.parse(text);
    }

    /** For the application's JSON mapper, which reads the requests (events are read by Axon's own). */
    public static SimpleModule module() {
        return new SimpleModule("contract-dates").addDeserializer(LocalDate.class, new DateDeserializer());
    }

    private static final class DateDeserializer extends StdDeserializer<LocalDate> {

        DateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getString();
            try {
                return parse(text);
            } catch (DateTimeParseException e) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not written YYYY-MM-DD");
            }
        }
    }
}
