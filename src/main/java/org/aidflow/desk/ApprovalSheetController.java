package org.aidflow.desk;

import org.aidflow.audit.AuditTrail.Subject;
import org.aidflow.security.CurrentUsers;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The 审批单 of an agreement or project as a PDF, for whoever may see the case. */
@RestController
class ApprovalSheetController {

    private final ApprovalSheet sheet;

    ApprovalSheetController(ApprovalSheet sheet) {
        this.sheet = sheet;
    }

    @GetMapping("/api/projects/{id}/approval-sheet.pdf")
    ResponseEntity<byte[]> project(@PathVariable long id) {
        return pdf(sheet.pdf(CurrentUsers.get(), Subject.PROJECT, id), "project-" + id);
    }

    @GetMapping("/api/agreements/{id}/approval-sheet.pdf")
    ResponseEntity<byte[]> agreement(@PathVariable long id) {
        return pdf(sheet.pdf(CurrentUsers.get(), Subject.AGREEMENT, id), "agreement-" + id);
    }

    private static ResponseEntity<byte[]> pdf(byte[] body, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name + "-approval-sheet.pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
