package org.aidflow.documents;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.aidflow.security.CurrentUsers;
import org.aidflow.web.ApiException;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
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
        ContentDisposition disposition = (image ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(d.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.contentType()))
                .contentLength(d.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-SHA256", d.sha256())
                .body(stored.content());
    }

    record DocumentView(long id, String fileName, String contentType, long size, String sha256, String uploadedBy,
                        java.time.Instant uploadedAt) {
        static DocumentView of(Document d) {
            return new DocumentView(d.id(), d.fileName(), d.contentType(), d.size(), d.sha256(), d.uploadedBy(), d.uploadedAt());
        }
    }
}
