package org.aidflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Base of the API scenario tests: the real app on a random port, one Spring context shared by
 * every test class, and demo users signing in with HTTP Basic.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTests {

    /** The smallest valid PDF header is enough: the server checks the magic bytes. */
    public static final byte[] PDF = "%PDF-1.4\n%test document\n".getBytes();

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    protected Api as(String username) {
        return new Api("http://localhost:" + port, username, "demo");
    }

    protected Api as(String username, String password) {
        return new Api("http://localhost:" + port, username, password);
    }

    protected Api anonymous() {
        return new Api("http://localhost:" + port, null, null);
    }

    /** The open task with this key in the business key's process, as the given user sees it. */
    protected String taskId(String username, String taskKey, String businessKey) {
        Api.Response inbox = as(username).get("/api/tasks?taskKey=" + taskKey + "&businessKey=" + businessKey);
        assertThat(inbox.status()).isEqualTo(200);
        assertThat(inbox.json().path("items").size()).as("%s should see %s of %s", username, taskKey, businessKey).isEqualTo(1);
        return inbox.json().path("items").get(0).path("id").asText();
    }

    protected Api.Response complete(String username, String taskKey, String businessKey, Map<String, Object> form) {
        return as(username).post("/api/tasks/" + taskId(username, taskKey, businessKey) + "/complete", form);
    }

    protected void completeOk(String username, String taskKey, String businessKey, Map<String, Object> form) {
        Api.Response response = complete(username, taskKey, businessKey, form);
        assertThat(response.status()).as(response.body()).isEqualTo(204);
    }

    protected static Map<String, Object> agreementDraft(String recipient, Object amount) {
        return Map.of("recipientUnion", recipient, "title", "职工书屋建设 Worker libraries", "focusAreas", List.of("CULTURE", "FACILITY"),
                "intendedAmount", amount, "startDate", "2026-01-01", "endDate", "2027-12-31",
                "description", "Libraries for workers in Hotan");
    }

    /** Drafts an agreement as {donor}.proposer with a paired recipient; returns the created agreement. */
    protected JsonNode draftAgreement(String donor, String recipient, Object amount) {
        Api.Response created = as(donor.toLowerCase() + ".proposer").post("/api/agreements", agreementDraft(recipient, amount));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    /** Drives an agreement from draft to ACTIVE through the API, as the right demo users. */
    protected JsonNode activeAgreement(String donor, String recipient, Object amount) {
        JsonNode agreement = draftAgreement(donor, recipient, amount);
        String code = agreement.path("code").asText();
        long id = agreement.path("id").asLong();
        String recipientLeader = recipient.toLowerCase() + ".leader";
        completeOk(recipientLeader, "reviewAgreement", code, Map.of("decision", "APPROVE"));
        long donorCopy = uploadPdf(donor.toLowerCase() + ".leader", "agreementId", id);
        long recipientCopy = uploadPdf(recipientLeader, "agreementId", id);
        completeOk(donor.toLowerCase() + ".leader", "signAgreementDonor", code,
                Map.of("signatory", "张三", "signedOn", "2026-02-01", "documentId", donorCopy));
        completeOk(recipientLeader, "signAgreementRecipient", code,
                Map.of("signatory", "艾力", "signedOn", "2026-02-02", "documentId", recipientCopy));
        JsonNode active = as(donor.toLowerCase() + ".proposer").get("/api/agreements/" + id).json();
        assertThat(active.path("status").asText()).isEqualTo("ACTIVE");
        return active;
    }

    protected long uploadPdf(String username, String subjectField, long subjectId) {
        Api.Response uploaded = as(username).upload("signed.pdf", "application/pdf", PDF, subjectField, String.valueOf(subjectId));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        return uploaded.json().path("id").asLong();
    }
}
