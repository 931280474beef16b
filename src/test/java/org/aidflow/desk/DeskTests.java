package org.aidflow.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.aidflow.Api;
import org.aidflow.project.ProjectScenarios;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** 已办, 我发起的 and 批量审批 through the API, signed in as the demo users. */
class DeskTests extends ProjectScenarios {

    @Test
    void batchApprovesEachTaskInItsOwnTransactionAndSaysWhichWereRefused() {
        long agreement = agreement(10_000_000);
        JsonNode first = submit(projectDraft(agreement, RECIPIENT, "CADRE_TRAINING", 100_000, 100_000));
        JsonNode second = submit(projectDraft(agreement, RECIPIENT, "CADRE_TRAINING", 100_000, 100_000));
        JsonNode third = submit(projectDraft(agreement, RECIPIENT, "CADRE_TRAINING", 100_000, 100_000));
        String a = taskId("bj.leader", "approveProposalDonor", first.path("code").asText());
        String b = taskId("bj.leader", "approveProposalDonor", second.path("code").asText());
        String c = taskId("bj.leader", "approveProposalDonor", third.path("code").asText());

        // someone who may not act on them: every task refused as not found, nothing done
        Api.Response stranger = as("bj.finance").post("/api/tasks/batch", Map.of("taskIds", List.of(a, b), "values", Map.of("decision", "APPROVE")));
        assertThat(stranger.status()).as(stranger.body()).isEqualTo(200);
        assertThat(stranger.json().findValuesAsText("status")).containsExactly("REFUSED", "REFUSED");
        assertThat(stranger.json().findValuesAsText("statusCode")).containsExactly("404", "404");

        // values the form refuses: refused per task with the form's reason
        Api.Response invalid = as("bj.leader").post("/api/tasks/batch", Map.of("taskIds", List.of(a), "values", Map.of("decision", "PERHAPS")));
        assertThat(invalid.status()).as(invalid.body()).isEqualTo(200);
        assertThat(invalid.json().get(0).path("status").asText()).isEqualTo("REFUSED");
        assertThat(invalid.json().get(0).path("statusCode").asInt()).isEqualTo(400);
        assertThat(invalid.json().get(0).path("reason").asText()).contains("decision");

        // c is done meanwhile: the batch does a and b and says c is gone (409)
        completeOk("bj.leader", "approveProposalDonor", third.path("code").asText(), Map.of("decision", "APPROVE"));
        Api.Response batch = as("bj.leader").post("/api/tasks/batch",
                Map.of("taskIds", List.of(a, b, c, "no-such-task"), "values", Map.of("decision", "APPROVE", "comment", "同意 批量")));
        assertThat(batch.status()).as(batch.body()).isEqualTo(200);
        assertThat(batch.json().findValuesAsText("taskId")).containsExactly(a, b, c, "no-such-task");
        assertThat(batch.json().findValuesAsText("status")).containsExactly("DONE", "DONE", "REFUSED", "REFUSED");
        assertThat(batch.json().findValuesAsText("statusCode")).containsExactly("204", "204", "409", "404");
        assertThat(batch.json().get(2).path("reason").asText()).isNotBlank();
        assertThat(noTask("bj.leader", "approveProposalDonor", first.path("code").asText())).isTrue();
        assertThat(taskId("xj-ht.officer", "reviewProposalRecipient", second.path("code").asText())).isNotBlank();

        // each completion is audited as the leader's decision
        JsonNode history = project("bj.proposer", first.path("id").asLong()).path("history");
        assertThat(history.toString()).contains("同意 批量").contains("bj.leader");
    }

    @Test
    void aBatchTakesOneKindOfTaskAndAValidBody() {
        long agreement = agreement(10_000_000);
        JsonNode project = submit(projectDraft(agreement, RECIPIENT, "CADRE_TRAINING", 100_000, 100_000));
        String approve = taskId("bj.leader", "approveProposalDonor", project.path("code").asText());
        JsonNode draft = draftAgreement("BJ", "XJ-HT", 100_000);
        completeOk("xj-ht.leader", "reviewAgreement", draft.path("code").asText(), Map.of("decision", "APPROVE"));
        String sign = taskId("bj.leader", "signAgreementDonor", draft.path("code").asText());

        Api.Response mixed = as("bj.leader").post("/api/tasks/batch", Map.of("taskIds", List.of(approve, sign), "values", Map.of("decision", "APPROVE")));
        assertThat(mixed.status()).as(mixed.body()).isEqualTo(400);
        assertThat(mixed.errorFields()).containsExactly("taskIds");
        assertThat(as("bj.leader").post("/api/tasks/batch", Map.of("taskIds", List.of(), "values", Map.of("decision", "APPROVE"))).status())
                .isEqualTo(400);
        assertThat(as("bj.leader").post("/api/tasks/batch", Map.of("taskIds", List.of(approve))).status()).isEqualTo(400);
        assertThat(anonymous().post("/api/tasks/batch", Map.of("taskIds", List.of(approve), "values", Map.of("decision", "APPROVE"))).status())
                .isIn(401, 403);
        assertThat(taskId("bj.leader", "approveProposalDonor", project.path("code").asText())).isEqualTo(approve);
    }

    @Test
    void doneListsTheTasksICompletedWithWhereTheirCaseStandsNow() {
        long agreement = agreement(10_000_000);
        JsonNode project = submit(projectDraft(agreement, RECIPIENT, "CADRE_TRAINING", 100_000, 100_000));
        String code = project.path("code").asText();
        String task = taskId("bj.leader", "approveProposalDonor", code);
        completeOk("bj.leader", "approveProposalDonor", code, Map.of("decision", "APPROVE"));

        Api.Response done = as("bj.leader").get("/api/tasks/done?size=200");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        JsonNode mine = null;
        for (JsonNode item : done.json().path("items")) {
            if (item.path("taskId").asText().equals(task)) {
                mine = item;
            }
        }
        assertThat(mine).as("the completed task in 已办").isNotNull();
        assertThat(mine.path("code").asText()).isEqualTo(code);
        assertThat(mine.path("taskKey").asText()).isEqualTo("approveProposalDonor");
        assertThat(mine.path("decision").asText()).isEqualTo("APPROVE");
        assertThat(mine.path("projectId").asLong()).isEqualTo(project.path("id").asLong());
        assertThat(mine.path("status").asText()).isEqualTo(project("bj.proposer", project.path("id").asLong()).path("status").asText());
        assertThat(done.json().path("total").asLong()).isGreaterThanOrEqualTo(1);
        // someone else's 已办 does not list it
        assertThat(as("bj.leader2").get("/api/tasks/done?size=200").body()).doesNotContain(task);
        assertThat(as("bj.leader").get("/api/tasks/done?size=0").status()).isEqualTo(400);
        assertThat(anonymous().get("/api/tasks/done").status()).isEqualTo(401);
    }

    @Test
    void startedListsMyAgreementsAndProjectsWithTheirOpenSteps() {
        JsonNode draft = draftAgreement("BJ", "XJ-HT", 100_000);
        long agreement = agreement(10_000_000);
        JsonNode project = submit(projectDraft(agreement, RECIPIENT, "CADRE_TRAINING", 100_000, 100_000));

        Api.Response started = as("bj.proposer").get("/api/me/started?size=200");
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        List<String> codes = new ArrayList<>(started.json().path("items").findValuesAsText("code"));
        assertThat(codes).contains(draft.path("code").asText(), project.path("code").asText());
        for (JsonNode item : started.json().path("items")) {
            if (item.path("code").asText().equals(project.path("code").asText())) {
                assertThat(item.path("type").asText()).isEqualTo("PROJECT");
                assertThat(item.path("status").asText()).isEqualTo(project.path("status").asText());
                assertThat(item.path("openTasks").findValuesAsText("taskKey")).containsExactly("approveProposalDonor");
            }
            if (item.path("code").asText().equals(draft.path("code").asText())) {
                assertThat(item.path("type").asText()).isEqualTo("AGREEMENT");
                assertThat(item.path("openTasks").findValuesAsText("taskKey")).containsExactly("reviewAgreement");
            }
        }
        // the leader submitted none of them, Shanghai's proposer neither
        assertThat(as("bj.leader").get("/api/me/started?size=200").body()).doesNotContain(project.path("code").asText());
        assertThat(as("sh.proposer").get("/api/me/started?size=200").body()).doesNotContain(project.path("code").asText());
        assertThat(anonymous().get("/api/me/started").status()).isEqualTo(401);
    }
}
