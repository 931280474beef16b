package org.aidflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The keys of one of the front end's dictionaries (frontend/i18n/*.js, an {@code export default} object literal),
 * nested objects as dotted paths. A small reader of the literal, so that no JavaScript engine is needed.
 */
public record I18nKeys(Path file, Set<String> keys) {

    private static final String OTHER = "\0"; // inside an array, a call or an object that is no dictionary entry

    public static final I18nKeys ZH = read(Path.of("frontend", "i18n", "zh.js"));
    public static final I18nKeys EN = read(Path.of("frontend", "i18n", "en.js"));

    public static I18nKeys read(Path file) {
        try {
            return new I18nKeys(file, keysOf(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> keysOf(String source) {
        Set<String> keys = new LinkedHashSet<>();
        Deque<String> prefixes = new ArrayDeque<>(); // per open bracket: the key path inside it, or OTHER
        String word = null; // the last name or string read, until something else comes
        String key = null; // the key whose value is being read
        boolean afterColon = false;
        int i = source.indexOf('{', source.indexOf("export default"));
        if (i < 0) {
            throw new IllegalArgumentException("no `export default {` found");
        }
        while (i < source.length()) {
            char c = source.charAt(i);
            int next = i + 1;
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                next = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                next = source.indexOf("*/", i) + 2;
            } else if (c == '\'' || c == '"' || c == '`') {
                StringBuilder text = new StringBuilder();
                int end = i + 1;
                while (source.charAt(end) != c) {
                    end += source.charAt(end) == '\\' ? 1 : 0;
                    text.append(source.charAt(end++));
                }
                word = text.toString();
                next = end + 1;
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i;
                while (end < source.length() && Character.isJavaIdentifierPart(source.charAt(end))) {
                    end++;
                }
                word = source.substring(i, end);
                next = end;
            } else if (c == ':' && word != null && !prefixes.isEmpty() && !prefixes.peek().equals(OTHER)) {
                key = prefixes.peek().isEmpty() ? word : prefixes.peek() + "." + word;
                keys.add(key);
                word = null;
            } else if (c == '{') {
                boolean value = key != null && keys.contains(key) && afterColon;
                if (value) {
                    keys.remove(key); // an object: its own keys count, not the key that holds it
                }
                prefixes.push(value ? key : prefixes.isEmpty() ? "" : OTHER);
                key = null;
                word = null;
            } else if (c == '[' || c == '(') {
                prefixes.push(OTHER);
            } else if (c == '}' || c == ']' || c == ')') {
                prefixes.pop();
                if (prefixes.isEmpty()) {
                    break;
                }
            } else if (c == ',') {
                key = prefixes.peek().equals(OTHER) ? key : null;
                word = null;
            } else if (!Character.isWhitespace(c)) {
                word = null;
            }
            afterColon = c == ':' || (afterColon && (Character.isWhitespace(c) || source.startsWith("/", i)));
            i = next;
        }
        return keys;
    }
}
