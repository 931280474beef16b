package org.aidflow.documents;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.aidflow.security.CurrentUsers;
import org.aidflow.web.ApiException;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Upload and download of documents. */
@RestController
class DocumentController {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    /** RFC 5987 attr-char besides ASCII letters and digits: these go into {@code filename*} unencoded. */
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private final DocumentStore store;

    DocumentController(DocumentStore store) {
        this.store = store;
    }

    @PostMapping(path = "/api/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DocumentView> upload(@RequestParam(name = "file", required = false) MultipartFile file,
                                        @RequestParam(required = false) Long agreementId,
                                        @RequestParam(required = false) Long projectId) {
        Document d = store.upload(CurrentUsers.get(), file, agreementId, projectId);
        return ResponseEntity.created(URI.create("/api/documents/" + d.id())).body(DocumentView.of(d));
    }

    @GetMapping("/api/documents/{id}")
    ResponseEntity<Resource> download(@PathVariable long id) {
        DocumentStore.Stored stored = store.read(CurrentUsers.get(), id).orElseThrow(ApiException::notFound);
        Document d = stored.document();
        boolean image = d.contentType().startsWith("image/");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.contentType()))
                .contentLength(d.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(image ? "inline" : "attachment", d.fileName()))
                .header("X-Content-SHA256", d.sha256())
                .body(stored.content());
    }

    /**
     * RFC 6266: an ASCII {@code filename} for old clients (every other character, and the quote, backslash
     * and percent sign that some clients interpret, as "_") and the exact name as RFC 5987 {@code filename*},
     * percent-encoded UTF-8, which every current browser prefers. No raw control character can reach the
     * header: the stored name has none ({@link FileNames}), and both forms are plain printable ASCII.
     */
    static String disposition(String type, String fileName) {
        StringBuilder fallback = new StringBuilder();
        StringBuilder encoded = new StringBuilder();
        fileName.codePoints().forEach(c -> fallback.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%'
                ? (char) c : '_'));
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c < 0x80 && Character.isLetterOrDigit(c)) || ATTR_CHARS.indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return type + "; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
    }

    record DocumentView(long id, String fileName, String contentType, long size, String sha256, String uploadedBy,
                        java.time.Instant uploadedAt) {
        static DocumentView of(Document d) {
            return new DocumentView(d.id(), d.fileName(), d.contentType(), d.size(), d.sha256(), d.uploadedBy(), d.uploadedAt());
        }
    }
}
