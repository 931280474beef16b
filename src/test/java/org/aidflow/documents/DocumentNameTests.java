package org.aidflow.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.aidflow.Api;
import org.aidflow.ApiTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a document's file name may be: one line of text without direction controls, at most 255
 * characters, and an extension that agrees with the content the server sniffed (a name without one
 * gets it appended). Downloads name the file with an ASCII fallback and RFC 5987 {@code filename*}.
 * Uploads to an agreement of Tianjin's in Hotan, under review.
 */
class DocumentNameTests extends ApiTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};

    long agreement;

    @BeforeEach
    void anAgreementUnderReview() {
        agreement = draftAgreement("TJ", "XJ-HT", 100000).path("id").asLong();
    }

    @Test
    void refusesANameWithARightToLeftOverrideHoweverItIsSent() {
        long before = documents();
        // "invoice‮fdp.exe" shows as "invoiceexe.pdf"; here the bytes are a PDF and the name ends in .pdf
        assertNameRefused(upload("invoice\u202Egpj.pdf", "application/pdf", PDF), "text direction");
        assertNameRefused(upload("\u2067report\u2069.pdf", "application/pdf", PDF), "text direction");
        String encoded = URLEncoder.encode("合同\u202Efdp.pdf", StandardCharsets.UTF_8).replace("+", "%20");
        assertNameRefused(as("tj.proposer").uploadPart("form-data; name=\"file\"; filename*=UTF-8''" + encoded,
                "application/pdf", PDF, "agreementId", String.valueOf(agreement)), "text direction");
        assertNameRefused(upload("scan\u0007.pdf", "application/pdf", PDF), "control character");
        assertThat(documents()).isEqualTo(before);
    }

    @Test
    void refusesAnExtensionThatContradictsTheContent() {
        long before = documents();
        assertNameRefused(upload("poly.html", "text/html", PDF), ".pdf");
        assertNameRefused(upload("poly.html", "application/pdf", PDF), ".pdf");
        assertNameRefused(upload("photo.txt", "text/plain", PNG), ".png");
        assertNameRefused(upload("photo.jpg", "image/jpeg", PNG), ".png");
        assertNameRefused(upload("scan.pdf", "application/pdf", JPEG), ".jpg");
        assertNameRefused(upload("contract.pdf.exe", "application/pdf", PDF), ".pdf");
        assertNameRefused(upload("contract.", "application/pdf", PDF), ".pdf");
        assertThat(documents()).isEqualTo(before);
    }

    @Test
    void keepsAGoodNameAndGivesANameWithoutExtensionTheSniffedOne() {
        assertThat(stored(upload("合同扫描件 2026.PDF", "application/pdf", PDF))).isEqualTo("合同扫描件 2026.PDF");
        assertThat(stored(upload("photo.png", "image/png", PNG))).isEqualTo("photo.png");
        assertThat(stored(upload("photo.JPEG", "image/jpeg", JPEG))).isEqualTo("photo.JPEG");
        assertThat(stored(upload("photo.jpg", "image/jpeg", JPEG))).isEqualTo("photo.jpg");
        assertThat(stored(upload("扫描件", "application/octet-stream", PDF))).isEqualTo("扫描件.pdf");
        assertThat(stored(upload("IMG_0001", "application/octet-stream", JPEG))).isEqualTo("IMG_0001.jpg");
        assertThat(stored(upload("C:\\Users\\zhang\\签字页.pdf", "application/pdf", PDF))).isEqualTo("签字页.pdf");
        assertThat(stored(upload("𠮷".repeat(251) + ".pdf", "application/pdf", PDF))).hasSize(506);
    }

    @Test
    void refusesANameOver255CharactersAsTooLongNotAsTooLarge() {
        long before = documents();
        assertNameRefused(upload("a".repeat(252) + ".pdf", "application/pdf", PDF), "too long (at most 255 characters)");
        assertNameRefused(upload("a".repeat(5000) + ".pdf", "application/pdf", PDF), "too long (at most 255 characters)");
        assertNameRefused(upload("长".repeat(4996) + ".pdf", "application/pdf", PDF), "too long (at most 255 characters)");
        assertNameRefused(upload("a".repeat(252), "application/octet-stream", PDF), "too long (at most 255 characters)");

        Api.Response zh = as("tj.proposer").inLanguage("zh").upload("a".repeat(5000) + ".pdf", "application/pdf", PDF,
                "agreementId", String.valueOf(agreement));
        assertThat(zh.status()).isEqualTo(400);
        assertThat(zh.json().path("errors").get(0).path("message").asText()).contains("文件名过长").contains("255");

        // a part header the server will not read at all is named for what it is, never "exceeds 20 MB"
        Api.Response huge = upload("a".repeat(40000) + ".pdf", "application/pdf", PDF);
        assertNameRefused(huge, "file name is too long");
        assertThat(huge.body()).doesNotContain("20 MB");
        assertThat(documents()).isEqualTo(before);
    }

    @Test
    void servesTheNameAsAnAsciiFallbackAndAnRfc5987FilenameStar() {
        long id = upload("合同 终稿;v2%.pdf", "application/pdf", PDF).json().path("id").asLong();
        Api.Response download = as("xj-ht.leader").get("/api/documents/" + id);
        assertThat(download.status()).isEqualTo(200);
        String disposition = download.header("Content-Disposition");
        assertThat(disposition).isEqualTo("attachment; filename=\"__ __;v2_.pdf\"; "
                + "filename*=UTF-8''%E5%90%88%E5%90%8C%20%E7%BB%88%E7%A8%BF%3Bv2%25.pdf");
        assertThat(disposition.chars()).allMatch(c -> c >= 0x20 && c < 0x7F);

        long ascii = upload("signed-copy.pdf", "application/pdf", PDF).json().path("id").asLong();
        assertThat(as("xj-ht.leader").get("/api/documents/" + ascii).header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"signed-copy.pdf\"; filename*=UTF-8''signed-copy.pdf");
        long image = upload("photo.png", "image/png", PNG).json().path("id").asLong();
        assertThat(as("xj-ht.leader").get("/api/documents/" + image).header("Content-Disposition")).startsWith("inline;");
    }

    @Test
    void neverServesADirectionControlOrControlCharacterStoredBeforeNamesWereChecked() {
        long id = upload("legacy.pdf", "application/pdf", PDF).json().path("id").asLong();
        jdbc.sql("UPDATE document SET file_name = ? WHERE id = ?").params("invoice\u202Efdp.exe\u0001", id).update();

        String disposition = as("xj-ht.leader").get("/api/documents/" + id).header("Content-Disposition");
        assertThat(disposition).doesNotContain("%E2%80%AE").doesNotContain("%01");
        assertThat(disposition.chars()).allMatch(c -> c >= 0x20 && c < 0x7F);
        JsonNode listed = as("tj.proposer").get("/api/agreements/" + agreement).json().path("documents");
        assertThat(listed.findValuesAsText("fileName")).allMatch(n -> !n.contains("\u202E") && !n.contains("\u0001"));
    }

    private Api.Response upload(String fileName, String contentType, byte[] content) {
        return as("tj.proposer").upload(fileName, contentType, content, "agreementId", String.valueOf(agreement));
    }

    private static String stored(Api.Response uploaded) {
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        return uploaded.json().path("fileName").asText();
    }

    private static void assertNameRefused(Api.Response response, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.errorFields()).containsExactly("file");
        assertThat(response.json().path("errors").get(0).path("message").asText()).contains(message);
    }

    private long documents() {
        return jdbc.sql("SELECT COUNT(*) FROM document WHERE agreement_id = ?").param(agreement).query(Long.class).single();
    }
}
