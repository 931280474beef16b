package org.aidflow.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.aidflow.Api;
import org.aidflow.ApiTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Every kind of bad input is a 400 problem that names the field and stores nothing. */
class AgreementInputTests extends ApiTests {

    static List<Object[]> badDrafts() {
        return List.of(
                new Object[]{"intendedAmount", -100},
                new Object[]{"intendedAmount", 0},
                new Object[]{"intendedAmount", 100.125},
                new Object[]{"intendedAmount", "100"},
                new Object[]{"intendedAmount", "abc"},
                new Object[]{"intendedAmount", 1e20},
                new Object[]{"recipientUnion", "NOWHERE"},
                new Object[]{"recipientUnion", "XJ-KS"},
                new Object[]{"recipientUnion", "SH"},
                new Object[]{"title", ""},
                new Object[]{"title", "长".repeat(201)},
                new Object[]{"focusAreas", List.of()},
                new Object[]{"focusAreas", List.of("SPACE")},
                new Object[]{"startDate", "2026-13-01"},
                new Object[]{"endDate", "2025-12-31"});
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badDrafts")
    void refusesABadDraftAndStoresNothing(String field, Object value) {
        Map<String, Object> body = new HashMap<>(agreementDraft("XJ-HT", 100000));
        body.put(field, value);
        long before = agreements();
        Api.Response response = as("bj.proposer").post("/api/agreements", body);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.errorFields()).contains(field);
        assertThat(response.json().path("errors").get(0).path("message").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("org.");
        assertThat(agreements()).isEqualTo(before);
    }

    @Test
    void acceptsTextsAtTheirLimitInCharactersOutsideTheBmp() {
        Map<String, Object> body = new HashMap<>(agreementDraft("XJ-HT", 100000));
        body.put("title", "𠮷".repeat(200));
        body.put("description", "🚀".repeat(4000));
        Api.Response created = as("bj.proposer").post("/api/agreements", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode stored = as("bj.proposer").get("/api/agreements/" + created.json().path("id").asLong()).json();
        assertThat(stored.path("title").asText()).isEqualTo("𠮷".repeat(200));
        assertThat(stored.path("description").asText()).isEqualTo("🚀".repeat(4000));
    }

    @Test
    void refusesMissingFieldsAllAtOnce() {
        Api.Response response = as("bj.proposer").post("/api/agreements", Map.of("title", "x"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).contains("recipientUnion", "focusAreas", "intendedAmount", "startDate", "endDate");
    }

    @Test
    void refusesMalformedJsonAndOtherContentTypes() {
        assertThat(as("bj.proposer").postRaw("/api/agreements", "application/json", "{\"title\": ").status()).isEqualTo(400);
        assertThat(as("bj.proposer").postRaw("/api/agreements", "text/plain", "hello").status()).isEqualTo(400);
        assertThat(as("bj.proposer").postRaw("/api/agreements", "application/json", "null").status()).isEqualTo(400);
    }

    @Test
    void answersInChineseByDefault() throws Exception {
        Map<String, Object> body = new HashMap<>(agreementDraft("XJ-HT", 100000));
        body.put("intendedAmount", -1);
        Api.Response english = as("bj.proposer").post("/api/agreements", body);
        assertThat(english.json().path("errors").get(0).path("message").asText()).isEqualTo("The amount must be greater than zero.");
        // Api sends Accept-Language: en; without it the server answers in Chinese
        HttpResponse<String> chinese = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me")).build(), BodyHandlers.ofString());
        assertThat(chinese.body()).contains("\"title\":\"未登录\"");
    }

    @Test
    void refusesTaskFormsWithMissingOrWrongFields() {
        JsonNode draft = draftAgreement("BJ", "XJ-HT", 100000);
        String code = draft.path("code").asText();
        long id = draft.path("id").asLong();
        assertThat(complete("xj-ht.leader", "reviewAgreement", code, Map.of()).errorFields()).containsExactly("decision");
        assertThat(complete("xj-ht.leader", "reviewAgreement", code, Map.of("decision", "MAYBE")).errorFields())
                .containsExactly("decision");
        assertThat(complete("xj-ht.leader", "reviewAgreement", code, Map.of("decision", "APPROVE", "bonus", 1)).errorFields())
                .containsExactly("bonus");
        assertThat(complete("xj-ht.leader", "reviewAgreement", code, Map.of("decision", "APPROVE", "comment", "x".repeat(2001)))
                .errorFields()).containsExactly("comment");
        completeOk("xj-ht.leader", "reviewAgreement", code, Map.of("decision", "APPROVE"));

        long foreign = uploadPdf("bj.leader", "agreementId", activeAgreement("BJ", "XJ-HT", 1000).path("id").asLong());
        Api.Response wrongDocument = complete("bj.leader", "signAgreementDonor", code,
                Map.of("signatory", "张三", "signedOn", "2026-03-01", "documentId", foreign));
        assertThat(wrongDocument.status()).isEqualTo(400);
        assertThat(wrongDocument.errorFields()).containsExactly("documentId");
        Api.Response badDate = complete("bj.leader", "signAgreementDonor", code,
                Map.of("signatory", "张三", "signedOn", "yesterday", "documentId", uploadPdf("bj.leader", "agreementId", id)));
        assertThat(badDate.errorFields()).containsExactly("signedOn");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM agreement_signature WHERE agreement_id = ?").param(id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void refusesDisguisedEmptyAndOversizedUploads() {
        long id = draftAgreement("BJ", "XJ-HT", 100000).path("id").asLong();
        long before = documents();
        Api.Response disguised = as("bj.leader").upload("contract.pdf", "application/pdf", "just text".getBytes(),
                "agreementId", String.valueOf(id));
        assertThat(disguised.status()).isEqualTo(400);
        assertThat(disguised.errorFields()).containsExactly("file");
        assertThat(as("bj.leader").upload("empty.pdf", "application/pdf", new byte[0], "agreementId", String.valueOf(id))
                .status()).isEqualTo(400);
        byte[] huge = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        Api.Response oversized = as("bj.leader").upload("huge.pdf", "application/pdf", huge, "agreementId", String.valueOf(id));
        assertThat(oversized.status()).isEqualTo(400);
        assertThat(oversized.errorFields()).containsExactly("file");
        assertThat(as("bj.leader").upload("x.pdf", "application/pdf", PDF).status()).isEqualTo(400);
        assertThat(documents()).isEqualTo(before);
    }

    @Test
    void storesUploadsWithTheirChecksumAndServesThemAsAttachments() throws Exception {
        long id = draftAgreement("BJ", "XJ-HT", 100000).path("id").asLong();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
        Api.Response image = as("xj-ht.officer").upload("../../etc/photo.png", "text/plain", png, "agreementId", String.valueOf(id));
        assertThat(image.status()).as(image.body()).isEqualTo(201);
        assertThat(image.json().path("contentType").asText()).isEqualTo("image/png");
        assertThat(image.json().path("fileName").asText()).isEqualTo("photo.png");
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(png));
        assertThat(image.json().path("sha256").asText()).isEqualTo(sha);

        long pdf = uploadPdf("bj.leader", "agreementId", id);
        Api.Response download = as("xj-ht.leader").get("/api/documents/" + pdf);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(download.header("Content-Disposition")).startsWith("attachment");
        assertThat(download.raw().body()).isEqualTo(PDF);
        assertThat(as("sh.proposer").get("/api/documents/" + pdf).status()).isEqualTo(404);
        assertThat(as("bj.auditor").upload("a.pdf", "application/pdf", PDF, "agreementId", String.valueOf(id)).status())
                .isEqualTo(403);
    }

    private long agreements() {
        return jdbc.sql("SELECT COUNT(*) FROM agreement").query(Long.class).single();
    }

    private long documents() {
        return jdbc.sql("SELECT COUNT(*) FROM document").query(Long.class).single();
    }
}
