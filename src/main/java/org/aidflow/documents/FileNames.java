package org.aidflow.documents;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.aidflow.web.ApiException;
import org.aidflow.web.InputRules;

/**
 * What an uploaded file may be called. The name is one line of text without direction controls
 * ({@link InputRules#fileName}), at most {@value #MAX_LENGTH} characters, and its extension agrees
 * with the type the server sniffed from the content, so that {@code poly.html} holding a PDF, or
 * {@code photo.txt} holding a PNG, is refused rather than stored under a name that lies about it.
 * A name without an extension gets the sniffed one appended ({@code 扫描件} becomes {@code 扫描件.pdf}),
 * so that the file opens with the right program once downloaded. Every refusal is a 400 naming the
 * field {@code file}.
 */
final class FileNames {

    static final int MAX_LENGTH = 255;

    /** Per sniffed type: its label, the extensions it may carry, the one a bare name gets, and how to say so. */
    private static final Map<String, Kind> KINDS = Map.of(
            "application/pdf", new Kind("PDF", Set.of("pdf"), "pdf", ".pdf"),
            "image/png", new Kind("PNG", Set.of("png"), "png", ".png"),
            "image/jpeg", new Kind("JPEG", Set.of("jpg", "jpeg"), "jpg", ".jpg / .jpeg"));

    private record Kind(String label, Set<String> extensions, String appended, String expected) {
    }

    private FileNames() {
    }

    /** The name to store for a file whose content is {@code contentType}, or a 400 naming {@code file}. */
    static String accepted(String original, String contentType) {
        String problem = InputRules.fileName(original);
        if (problem != null) {
            throw ApiException.badRequest("file", problem);
        }
        Kind kind = Objects.requireNonNull(KINDS.get(contentType), contentType);
        String name = baseName(original == null ? "" : original);
        if (name.isEmpty()) {
            name = "document";
        }
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            name = name + "." + kind.appended();
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            throw ApiException.badRequest("file", "document.nameTooLong", MAX_LENGTH);
        }
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (!kind.extensions().contains(extension)) {
            throw ApiException.badRequest("file", "document.extension", kind.label(), kind.expected());
        }
        return name;
    }

    /**
     * Without any folder a browser may send ({@code C:\Users\...\a.pdf}) and with the characters that
     * Windows cannot save in a name replaced, so the downloaded copy keeps it.
     */
    private static String baseName(String original) {
        String name = original.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1).replaceAll("[\"<>|:*?]", "_").strip();
    }

    /**
     * The name as it may be shown or sent in a header: a name stored before names were checked may
     * still hold control or direction characters, and each becomes "_".
     */
    static String shown(String stored) {
        if (stored == null || InputRules.fileName(stored) == null) {
            return stored;
        }
        StringBuilder shown = new StringBuilder(stored.length());
        stored.codePoints().forEach(c -> {
            String one = new String(Character.toChars(c));
            shown.append(InputRules.fileName(one) == null ? one : "_");
        });
        return shown.toString();
    }
}
