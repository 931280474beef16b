package org.aidflow.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.aidflow.Api;
import org.aidflow.project.ProjectScenarios;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** 抄送 through the API: who may copy whom, 抄送我的 with unread marks, and the task gone. */
class CarbonCopyTests extends ProjectScenarios {

    @Test
    void theHolderOrTheProposerCopiesPeopleWhoMaySeeTheCase() {
        long agreement = agreement(10_000_000);
        JsonNode project = submit(projectDraft(agreement, RECIPIENT, "CADRE_TRAINING", 100_000, 100_000));
        String code = project.path("code").asText();
        String task = taskId("bj.leader", "approveProposalDonor", code);
        long unreadBefore = as("bj.finance").get("/api/cc").json().path("unread").asLong();

        // nobody outside the case knows of the task; inside, only its holder or the proposer may copy
        assertThat(as("sh.proposer").post("/api/tasks/" + task + "/cc", Map.of("usernames", List.of("bj.finance"))).status()).isEqualTo(404);
        assertThat(as("bt.officer").post("/api/tasks/" + task + "/cc", Map.of("usernames", List.of("bj.finance"))).status()).isEqualTo(404);
        assertThat(as("bj.finance").post("/api/tasks/" + task + "/cc", Map.of("usernames", List.of("bj.auditor"))).status()).isEqualTo(403);
        assertThat(as("bj.auditor").post("/api/tasks/" + task + "/cc", Map.of("usernames", List.of("bj.finance"))).status()).isEqualTo(403);
        assertThat(as("bj.leader").post("/api/tasks/no-such-task/cc", Map.of("usernames", List.of("bj.finance"))).status()).isEqualTo(404);

        // only people who may already see the case, each refusal with its reason
        Api.Response outsider = as("bj.leader").inLanguage("zh").post("/api/tasks/" + task + "/cc",
                Map.of("usernames", List.of("bj.finance", "bt.officer", "nobody.here", "bj.leader")));
        assertThat(outsider.status()).as(outsider.body()).isEqualTo(400);
        assertThat(outsider.body()).contains("bt.officer").contains("nobody.here").contains("自己");
        assertThat(as("bj.leader").post("/api/tasks/" + task + "/cc", Map.of("comment", "请阅")).status()).isEqualTo(400);
        assertThat(as("bj.finance").get("/api/cc").json().path("unread").asLong()).isEqualTo(unreadBefore);

        Api.Response copied = as("bj.leader").post("/api/tasks/" + task + "/cc",
                Map.of("usernames", List.of("bj.finance", "xj-ht.officer"), "comment", "请知悉 please note"));
        assertThat(copied.status()).as(copied.body()).isEqualTo(204);
        Api.Response byProposer = as("bj.proposer").post("/api/tasks/" + task + "/cc", Map.of("usernames", List.of("xj.leader")));
        assertThat(byProposer.status()).as(byProposer.body()).isEqualTo(204);

        // 抄送我的: the case's code, who copied, the comment, unread until marked
        Api.Response mine = as("bj.finance").get("/api/cc");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().path("unread").asLong()).isEqualTo(unreadBefore + 1);
        JsonNode copy = mine.json().path("items").get(0);
        assertThat(copy.path("code").asText()).isEqualTo(code);
        assertThat(copy.path("projectId").asLong()).isEqualTo(project.path("id").asLong());
        assertThat(copy.path("copiedBy").asText()).isEqualTo("bj.leader");
        assertThat(copy.path("comment").asText()).isEqualTo("请知悉 please note");
        assertThat(copy.path("readAt").isNull()).isTrue();
        assertThat(as("bj.finance").get("/api/cc?unread=true").json().path("items").get(0).path("id").asLong()).isEqualTo(copy.path("id").asLong());
        // read-only: the copied person sees the case, and acts on nothing
        assertThat(as("bj.finance").get("/api/projects/" + project.path("id").asLong()).status()).isEqualTo(200);
        assertThat(as("xj.leader").get("/api/cc").body()).contains(code);
        // a notice reaches them through the notifications (and so e-mail/WeCom)
        assertThat(as("bj.finance").get("/api/notifications?size=200").body()).contains("\"kind\":\"CC\"");

        long id = copy.path("id").asLong();
        assertThat(as("xj-ht.officer").post("/api/cc/" + id + "/read", Map.of()).status()).isEqualTo(404);
        assertThat(as("bj.finance").post("/api/cc/" + id + "/read", Map.of()).status()).isEqualTo(204);
        assertThat(as("bj.finance").get("/api/cc").json().path("unread").asLong()).isEqualTo(unreadBefore);
        assertThat(as("bj.finance").get("/api/cc").json().path("items").get(0).path("readAt").isNull()).isFalse();
        assertThat(as("bj.finance").post("/api/cc/999999999/read", Map.of()).status()).isEqualTo(404);

        // audited on the case
        assertThat(project("bj.proposer", project.path("id").asLong()).path("history").toString()).contains("CASE_COPIED");

        // the task done: copying from it is a conflict
        completeOk("bj.leader", "approveProposalDonor", code, Map.of("decision", "APPROVE"));
        assertThat(as("bj.leader").post("/api/tasks/" + task + "/cc", Map.of("usernames", List.of("bj.finance"))).status()).isEqualTo(409);
        assertThat(as("sh.proposer").post("/api/tasks/" + task + "/cc", Map.of("usernames", List.of("bj.finance"))).status()).isEqualTo(404);
        assertThat(anonymous().get("/api/cc").status()).isEqualTo(401);
    }
}
