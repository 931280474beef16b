package org.aidflow.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.aidflow.Api;
import org.aidflow.project.ProjectScenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/** 公示: off by default (nothing under /public exists), and when on it shows approved projects' public fields only. */
class DisclosureTests extends ProjectScenarios {

    private static final Set<String> PUBLIC_FIELDS = Set.of("code", "title", "donor", "recipient", "type", "typeGroup",
            "budget", "status");

    @Autowired
    DisclosureSwitch disclosure;

    @AfterEach
    void switchOff() {
        disclosure.set(false);
    }

    @Test
    void answersNotFoundForEverythingPublicWhileSwitchedOff() {
        disclosure.set(false);
        for (String path : List.of("/public/api/projects", "/public/", "/public", "/public/index.html", "/public/public.js")) {
            assertThat(anonymous().get(path).status()).as(path).isEqualTo(404);
            assertThat(as("bj.proposer").get(path).status()).as(path).isEqualTo(404);
        }
    }

    @Test
    void servesThePageWithoutSignInWhenSwitchedOn() {
        disclosure.set(true);
        Api.Response page = anonymous().get("/public/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("/public/public.js");
        assertThat(anonymous().get("/public/public.js").status()).isEqualTo(200);
    }

    @Test
    void listsApprovedProjectsWithTheirPublicFieldsOnly() {
        long agreementId = agreement(900_000);
        JsonNode approved = approvedProject(agreementId, 50_000, 50_000);
        JsonNode underReview = submit(projectDraft(agreementId, RECIPIENT, "CADRE_TRAINING", 40_000, 40_000));
        disclosure.set(true);

        List<JsonNode> items = all();
        JsonNode shown = items.stream().filter(i -> i.path("code").asText().equals(approved.path("code").asText()))
                .findFirst().orElseThrow();
        assertThat(shown.path("title").asText()).isEqualTo(approved.path("title").asText());
        assertThat(shown.path("budget").decimalValue()).isEqualByComparingTo("50000");
        assertThat(shown.path("donor").path("code").asText()).isEqualTo(DONOR);
        assertThat(items).noneMatch(i -> i.path("code").asText().equals(underReview.path("code").asText()));
        for (JsonNode item : items) {
            List<String> fields = new ArrayList<>();
            item.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).as(item.toString()).containsExactlyInAnyOrderElementsOf(PUBLIC_FIELDS);
            assertThat(item.path("status").asText()).isIn(PublicProjects.DISCLOSED);
        }
    }

    @Test
    void revealsNoPersonDocumentOrOtherProject() {
        long agreementId = agreement(900_000);
        JsonNode approved = approvedProject(agreementId, 30_000, 30_000);
        long documentId = uploadPdf("bj.leader", "projectId", approved.path("id").asLong());
        disclosure.set(true);

        String body = anonymous().get("/public/api/projects?size=200").body();
        assertThat(body).doesNotContain("proposer", "leader", "officer", "createdBy", "description", "processInstanceId",
                "signed.pdf", "documents", "history", "sha256", "为和田职工建设书屋");
        for (String path : List.of("/public/api/projects/" + approved.path("id").asText(), "/public/api/documents/" + documentId,
                "/public/api/projects/" + approved.path("id").asText() + "/trace", "/public/api/agreements")) {
            assertThat(anonymous().get(path).status()).as(path).isEqualTo(404);
        }
        assertThat(anonymous().get("/api/projects").status()).isEqualTo(401);
        assertThat(anonymous().get("/public/api/projects?size=201").status()).isEqualTo(400);
    }

    private List<JsonNode> all() {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            Api.Response response = anonymous().get("/public/api/projects?size=200&page=" + page);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            response.json().path("items").forEach(items::add);
            if (items.size() >= response.json().path("total").asLong()) {
                return items;
            }
        }
    }
}
