package org.childrenscomplaints.standalone;

import java.util.List;
import java.util.stream.Collectors;

/**
 * JSON written by hand, so a test can send what no JSON library would write: lone surrogates,
 * duplicate keys, numbers no type can hold.
 */
final class JsonText {

    private JsonText() {
    }

    /** A JSON string of {@code text}: control characters and unpaired surrogates escaped, everything else as it is. */
    static String quote(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c) && !paired) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    /** An object of the members whose value is given; a member without one is left out. */
    static String object(List<Member> members) {
        return members.stream().filter(member -> member.json() != null)
                .map(member -> quote(member.name()) + ": " + member.json())
                .collect(Collectors.joining(", ", "{", "}"));
    }

    static String array(List<String> items) {
        return String.join(", ", items).transform(joined -> "[" + joined + "]");
    }

    /** One member of an object: {@code json} is its value as JSON text, or null when the member is left out. */
    record Member(String name, String json) {
    }
}
