package org.childrenscomplaints.standalone;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Whole bodies that are not the JSON object a command is: not JSON, other JSON, too deep, or not UTF-8. */
final class BadBodies {

    private BadBodies() {
    }

    /** @param valid a valid body of the command, to break in the ways a client breaks one */
    static Arbitrary<byte[]> around(String valid) {
        Arbitrary<String> notAnObject = Arbitraries.of("", " ", "null", "true", "1", "\"text\"", "[]", "[" + valid + "]",
                valid + valid, valid + " x", "{'a': 1}", "{\"a\": NaN}", "{\"a\": 1,}", "/* note */" + valid,
                "a=b&c=d", "<command/>", "\uFEFF" + valid, "{\"a\"}", "{\"a\": \"\u0001\"}", "{\"a\": \"line\nbreak\"}");
        Arbitrary<String> truncated = Arbitraries.integers().between(0, valid.length() - 1).map(end -> valid.substring(0, end));
        Arbitrary<String> deep = Arbitraries.of(600, 1_001, 50_000).flatMap(depth -> Arbitraries.of(
                "[".repeat(depth) + "]".repeat(depth), "{\"a\": ".repeat(depth) + "1" + "}".repeat(depth)));
        Arbitrary<byte[]> texts = Arbitraries.oneOf(notAnObject, truncated, deep)
                .map(text -> text.getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(texts, otherEncodings(valid), brokenUtf8(valid));
    }

    private static Arbitrary<byte[]> otherEncodings(String valid) {
        return Arbitraries.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16,
                Charset.forName("UTF-32"), StandardCharsets.ISO_8859_1).map(charset -> (valid + "é").getBytes(charset));
    }

    /** The valid body with bytes no UTF-8 decoder accepts put into its first text. */
    private static Arbitrary<byte[]> brokenUtf8(String valid) {
        int quote = Math.max(0, valid.indexOf('"') + 1);
        // a stray byte, a lead byte without its follower, an overlong slash, a surrogate, past U+10FFFF, NUL, a cut-off euro sign
        return Arbitraries.of(bytes(0xFF), bytes(0xC3, 0x28), bytes(0xC0, 0xAF), bytes(0xED, 0xA0, 0x80),
                        bytes(0xF4, 0x90, 0x80, 0x80), bytes(0), bytes(0xE2, 0x82))
                .map(bytes -> {
                    ByteArrayOutputStream body = new ByteArrayOutputStream();
                    body.writeBytes(valid.substring(0, quote).getBytes(StandardCharsets.UTF_8));
                    body.writeBytes(bytes);
                    body.writeBytes(valid.substring(quote).getBytes(StandardCharsets.UTF_8));
                    return body.toByteArray();
                });
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
