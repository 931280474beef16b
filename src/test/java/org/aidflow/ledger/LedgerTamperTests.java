package org.aidflow.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.aidflow.project.ProjectScenarios;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Changes and removes stored ledger entries behind the application's back and expects the
 * verification to notice; on MySQL the append-only triggers must first refuse the change and are
 * lifted only for the moment of tampering. Each test restores what it changed.
 */
class LedgerTamperTests extends ProjectScenarios {

    @Autowired
    Environment environment;

    @Test
    void pointsAtAnEntryChangedInTheDatabase() {
        long projectId = transferredProject();
        long seq = jdbc.sql("SELECT seq FROM ledger_entry WHERE project_id = ? AND entry_type = 'TRANSFER'")
                .param(projectId).query(Long.class).single();
        assertThat(verify().path("ok").asBoolean()).isTrue();

        String tamper = "UPDATE ledger_entry SET amount = amount + 1 WHERE seq = ?";
        withoutTrigger("ledger_entry_no_update", "UPDATE", tamper, seq, () -> {
            jdbc.sql(tamper).param(seq).update();
            JsonNode broken = verify();
            assertThat(broken.path("ok").asBoolean()).isFalse();
            assertThat(broken.path("firstBadSeq").asLong()).isEqualTo(seq);
            assertThat(broken.path("firstBadProjectId").asLong()).isEqualTo(projectId);
            // the national federation's auditors are told, with the project's code
            JsonNode notice = as("acftu.auditor").get("/api/notifications?size=1").json().path("items").get(0);
            assertThat(notice.path("kind").asText()).isEqualTo("LEDGER_BROKEN");
            assertThat(notice.path("businessKey").asText()).isEqualTo(code(projectId));
            assertThat(notice.path("message").asText()).contains(String.valueOf(seq));
            jdbc.sql("UPDATE ledger_entry SET amount = amount - 1 WHERE seq = ?").param(seq).update();
        });
        assertThat(verify().path("ok").asBoolean()).as(verify().toString()).isTrue();
    }

    @Test
    void noticesARemovedLastEntry() {
        long projectId = transferredProject();
        LedgerEntry last = jdbc.sql("SELECT " + LedgerChain.COLUMNS + " FROM ledger_entry WHERE project_id = ? "
                + "ORDER BY project_seq DESC LIMIT 1").param(projectId).query(LedgerChain::map).single();
        JsonNode intact = verify();
        assertThat(intact.path("ok").asBoolean()).isTrue();

        String remove = "DELETE FROM ledger_entry WHERE seq = ?";
        withoutTrigger("ledger_entry_no_delete", "DELETE", remove, last.seq(), () -> {
            jdbc.sql(remove).param(last.seq()).update();
            JsonNode broken = verify();
            assertThat(broken.path("ok").asBoolean()).isFalse();
            assertThat(broken.path("firstBadProjectId").asLong()).isEqualTo(projectId);
            assertThat(broken.path("entries").asLong()).isEqualTo(intact.path("entries").asLong() - 1);
            restore(last);
        });
        JsonNode restored = verify();
        assertThat(restored.path("ok").asBoolean()).isTrue();
        assertThat(restored.path("head").asText()).isEqualTo(intact.path("head").asText());
    }

    /** A fresh project with an allocation and one transfer, so that no other test's entries are touched. */
    private long transferredProject() {
        JsonNode project = approvedProject(agreement(100_000), 10000, 10000);
        String code = project.path("code").asText();
        requestTranche(code, 10000, false);
        completeOk("bj.leader", "approveTranche", code, Map.of("decision", "APPROVE"));
        transfer(code, 10000, bankReference());
        return project.path("id").asLong();
    }

    private String code(long projectId) {
        return jdbc.sql("SELECT code FROM project WHERE id = ?").param(projectId).query(String.class).single();
    }

    private JsonNode verify() {
        var response = as("acftu.auditor").get("/api/ledger/verify");
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    /** On MySQL: asserts the trigger refuses the statement, drops it for the action, then recreates it. */
    private void withoutTrigger(String trigger, String event, String refused, long seq, Runnable action) {
        if (!environment.matchesProfiles("mysql")) {
            action.run();
            return;
        }
        assertThatThrownBy(() -> jdbc.sql(refused).param(seq).update()).isInstanceOf(DataAccessException.class);
        jdbc.sql("DROP TRIGGER " + trigger).update();
        try {
            action.run();
        } finally {
            jdbc.sql("CREATE TRIGGER " + trigger + " BEFORE " + event + " ON ledger_entry FOR EACH ROW "
                    + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'ledger_entry is append-only'").update();
        }
    }

    private void restore(LedgerEntry e) {
        jdbc.sql("INSERT INTO ledger_entry (" + LedgerChain.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(e.seq(), e.projectId(), e.projectSeq(), e.type().name(), e.amount(), e.projectCode(),
                        e.agreementId(), e.donorUnion(), e.recipientUnion(), e.trancheNo(), e.bankReference(), e.actor(),
                        e.taskKey(), e.taskId(), e.processInstanceId(), LedgerTime.toDatabase(e.recordedAt()),
                        e.prevHash(), e.hash())
                .update();
    }
}
