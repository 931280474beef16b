package org.aidflow.imports;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.aidflow.project.Project;
import org.aidflow.project.ProjectManagement;
import org.aidflow.project.ProjectProposal;
import org.aidflow.security.CurrentUser;
import org.aidflow.security.CurrentUsers;
import org.aidflow.tasks.Proposals;
import org.aidflow.web.ApiException;
import org.aidflow.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Planned projects from a sheet: the template (anyone signed in), the import and its drafts (a donor union's
 * proposer), and the submission of one draft, which is then a proposal like any other.
 */
@RestController
class ImportController {

    private final ProjectSheets sheets;
    private final ProjectImport imports;
    private final ProjectDrafts drafts;
    private final ProjectManagement management;
    private final Proposals proposals;
    private final MessageSource messages;
    private final ObjectMapper json;

    ImportController(ProjectSheets sheets, ProjectImport imports, ProjectDrafts drafts, ProjectManagement management,
                     Proposals proposals, MessageSource messages, ObjectMapper json) {
        this.sheets = sheets;
        this.imports = imports;
        this.drafts = drafts;
        this.management = management;
        this.proposals = proposals;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/api/imports/projects/template.xlsx")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ProjectSheets.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"aidflow-projects-template.xlsx\"")
                .body(sheets.template());
    }

    /** 200 with the report on every row; 400, a problem carrying the same report as {@code rows}, when nothing was kept. */
    @PostMapping("/api/imports/projects")
    ResponseEntity<Object> importSheet(@RequestParam(name = "file", required = false) MultipartFile file,
                                       @RequestParam(required = false) Boolean keepValidRows) throws IOException {
        CurrentUser user = CurrentUsers.get();
        proposals.requireDonorProposer(user);
        if (file == null || file.isEmpty()) {
            throw ApiException.badRequest("file", "field.required");
        }
        Locale locale = LocaleContextHolder.getLocale();
        ProjectImport.Report report = imports.run(user, sheets.read(file.getBytes()), Boolean.TRUE.equals(keepValidRows), locale);
        if (report.imported()) {
            return ResponseEntity.ok(report);
        }
        List<Map<String, String>> errors = new ArrayList<>();
        report.rows().forEach(r -> r.errors().forEach(e -> errors.add(Map.of("field", "rows[" + r.row() + "]." + e.get("field"),
                "message", e.get("message")))));
        ProblemDetail problem = Problems.detail(HttpStatus.BAD_REQUEST,
                messages.getMessage("import.refused", new Object[] {report.refused()}, locale), errors,
                messages.getMessage("status.400", null, locale));
        problem.setProperty("rows", report.rows());
        problem.setProperty("refused", report.refused());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @GetMapping("/api/imports/projects/drafts")
    Map<String, Object> drafts() {
        CurrentUser user = CurrentUsers.get();
        proposals.requireDonorProposer(user);
        return Map.of("items", drafts.ofDonor(user.unionCode()).stream().map(d -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("id", d.id());
            view.put("agreementId", d.agreementId());
            view.put("row", d.sheetRow());
            view.put("title", d.title());
            view.put("createdBy", d.createdBy());
            view.put("createdAt", d.createdAt());
            return view;
        }).toList());
    }

    record DraftSubmission(Long draftId) {
    }

    /** The draft becomes a proposal, with every rule of POST /api/projects asked again now; 201 with the project. */
    @PostMapping(path = "/api/imports/projects/drafts/submit", consumes = "application/json")
    @Transactional
    ResponseEntity<Map<String, Object>> submit(@RequestBody DraftSubmission body) throws IOException {
        CurrentUser user = CurrentUsers.get();
        proposals.requireDonorProposer(user);
        if (body == null || body.draftId() == null) {
            throw ApiException.badRequest("draftId", "field.required");
        }
        ProjectDrafts.Draft draft = drafts.lock(body.draftId()).filter(d -> d.donor().equals(user.unionCode()))
                .orElseThrow(ApiException::notFound);
        Project project = management.submit(user, json.readValue(draft.content(), ProjectProposal.class));
        drafts.delete(draft.id());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", project.id());
        view.put("code", project.code());
        view.put("status", project.status());
        return ResponseEntity.created(URI.create("/api/projects/" + project.id())).body(view);
    }
}
