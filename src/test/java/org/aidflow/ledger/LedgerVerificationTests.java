package org.aidflow.ledger;

import static org.assertj.core.api.Assertions.assertThat;


import org.aidflow.project.ProjectScenarios;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/** Verification runs are logged with who and when; only auditors and administrators may run or read them. */
class LedgerVerificationTests extends ProjectScenarios {

    @Test
    void recordsEachRunWithWhoWhenAndWhatItFound() {
        JsonNode project = approvedProject(agreement(100_000), 20000, 20000);
        long entries = jdbc.sql("SELECT COUNT(*) FROM ledger_entry").query(Long.class).single();

        var run = as("bj.auditor").get("/api/ledger/verify");
        assertThat(run.status()).isEqualTo(200);
        JsonNode check = run.json();
        assertThat(check.path("ok").asBoolean()).isTrue();
        assertThat(check.path("entries").asLong()).isGreaterThanOrEqualTo(entries);
        assertThat(check.path("head").asText()).hasSize(64);
        assertThat(check.path("checkedBy").asText()).isEqualTo("bj.auditor");
        assertThat(check.path("checkedByName").asText()).contains("北京市总工会");
        assertThat(check.path("millis").asLong()).isNotNegative();
        assertThat(check.path("checkedAt").asText()).isNotBlank();

        var log = as("acftu.auditor").get("/api/ledger/verifications?size=5");
        assertThat(log.status()).isEqualTo(200);
        JsonNode latest = log.json().path("items").get(0);
        assertThat(latest.path("id").asLong()).isEqualTo(check.path("id").asLong());
        assertThat(latest.path("checkedBy").asText()).isEqualTo("bj.auditor");
        assertThat(latest.path("checkedByName").asText()).isEqualTo(check.path("checkedByName").asText());
        assertThat(latest.path("entries").asLong()).isEqualTo(check.path("entries").asLong());
        assertThat(latest.path("head").asText()).isEqualTo(check.path("head").asText());
        assertThat(log.json().path("total").asLong()).isPositive();
        assertThat(log.json().path("running").asBoolean()).isFalse();

        // the entry's recorder is named in the trace
        JsonNode entry = trace("bj.proposer", project.path("id").asLong()).path("entries").get(0);
        assertThat(entry.path("actor").asText()).isEqualTo("xj-ht.officer");
        assertThat(entry.path("actorName").asText()).startsWith("和田地区总工会");
    }

    @Autowired
    LedgerWatch watch;

    @Test
    void verifiesEveryNightAsTheSystem() {
        watch.nightly();
        JsonNode latest = as("acftu.auditor").get("/api/ledger/verifications?size=1").json().path("items").get(0);
        assertThat(latest.path("checkedBy").asText()).isEqualTo("system");
        assertThat(latest.path("ok").asBoolean()).isTrue();
        assertThat(latest.path("entries").asLong())
                .isEqualTo(jdbc.sql("SELECT COUNT(*) FROM ledger_entry").query(Long.class).single());
    }

    @Test
    void refusesEveryoneButAuditorsAndAdministrators() {
        long before = jdbc.sql("SELECT COUNT(*) FROM ledger_verification").query(Long.class).single();
        for (String user : new String[] {"bj.proposer", "xj.leader", "bj.finance", "xj.inspector"}) {
            assertThat(as(user).get("/api/ledger/verify").status()).as(user).isEqualTo(403);
            assertThat(as(user).get("/api/ledger/verifications").status()).as(user).isEqualTo(403);
        }
        assertThat(anonymous().get("/api/ledger/verify").status()).isEqualTo(401);
        assertThat(anonymous().get("/api/ledger/verifications").status()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_verification").query(Long.class).single()).isEqualTo(before);

        assertThat(as("admin").get("/api/ledger/verifications").status()).isEqualTo(200);
    }

    @Test
    void refusesBadPaging() {
        var response = as("acftu.auditor").get("/api/ledger/verifications?size=500");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("size");
        assertThat(as("acftu.auditor").get("/api/ledger/verifications?page=-1").status()).isEqualTo(400);
        assertThat(as("acftu.auditor").get("/api/ledger/verifications?page=x").status()).isEqualTo(400);
    }
}
