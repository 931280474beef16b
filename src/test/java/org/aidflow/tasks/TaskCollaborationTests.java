package org.aidflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.aidflow.Api;
import org.aidflow.ApiTests;
import org.aidflow.directory.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 转办, 催办 and remarks on a task, with Zhejiang's agreements in Aksu (no other test uses that
 * pairing). Aksu's leader group has a second member here, so that a review can be handed on.
 */
class TaskCollaborationTests extends ApiTests {

    static final String COLLEAGUE = "xj-ak.leader2";

    @Autowired
    People people;

    @BeforeEach
    void addASecondAksuLeader() {
        people.ensure(COLLEAGUE, "阿克苏地区总工会 副主席", "XJ-AK", List.of("leader"), "demo");
    }

    @Test
    void handsAReviewToALeaderColleagueWhoIsToldAndThenHoldsIt() {
        JsonNode agreement = draftAgreement("ZJ", "XJ-AK", 400000);
        String code = agreement.path("code").asText();
        String task = taskId("xj-ak.leader", "reviewAgreement", code);

        JsonNode colleagues = as("xj-ak.leader").get("/api/tasks/" + task + "/delegates").json();
        assertThat(colleagues.path("items").findValuesAsText("username")).contains(COLLEAGUE).doesNotContain("xj-ak.leader");
        assertThat(colleagues.path("items").get(0).path("group").asText()).isEqualTo("XJ-AK:leader");

        Api.Response handed = as("xj-ak.leader").post("/api/tasks/" + task + "/delegate",
                Map.of("to", COLLEAGUE, "comment", "我出差，请代为审查。"));
        assertThat(handed.status()).as(handed.body()).isEqualTo(204);

        assertThat(as(COLLEAGUE).get("/api/tasks/" + task).json().path("assignee").asText()).isEqualTo(COLLEAGUE);
        JsonNode notices = as(COLLEAGUE).get("/api/notifications").json();
        JsonNode notice = notices.path("items").get(0);
        assertThat(notice.path("kind").asText()).isEqualTo("DELEGATED");
        assertThat(notice.path("taskId").asText()).isEqualTo(task);
        assertThat(notice.path("businessKey").asText()).isEqualTo(code);
        assertThat(notice.path("message").asText()).isEqualTo("我出差，请代为审查。");
        assertThat(notice.path("createdBy").asText()).isEqualTo("xj-ak.leader");
        assertThat(notice.path("read").asBoolean()).isFalse();
        assertThat(notices.path("unread").asLong()).isPositive();

        JsonNode detail = as("zj.proposer").get("/api/agreements/" + agreement.path("id").asLong()).json();
        JsonNode last = detail.path("history").get(detail.path("history").size() - 1);
        assertThat(last.path("action").asText()).isEqualTo("TASK_DELEGATED");
        assertThat(last.path("actor").asText()).isEqualTo("xj-ak.leader");
        assertThat(last.path("comment").asText()).isEqualTo("我出差，请代为审查。");
        JsonNode current = detail.path("currentTasks").get(0);
        assertThat(current.path("assignee").asText()).isEqualTo(COLLEAGUE);
        assertThat(current.path("candidateGroups").findValuesAsText("")).isEmpty();
        assertThat(current.path("candidateGroups").get(0).asText()).isEqualTo("XJ-AK:leader");

        // the first leader may no longer complete or pass it on; the colleague completes it
        assertThat(as("xj-ak.leader").post("/api/tasks/" + task + "/complete", Map.of("decision", "APPROVE")).status())
                .isEqualTo(409);
        assertThat(as("xj-ak.leader").post("/api/tasks/" + task + "/delegate", Map.of("to", COLLEAGUE)).status())
                .isEqualTo(409);
        assertThat(as(COLLEAGUE).post("/api/tasks/" + task + "/complete", Map.of("decision", "APPROVE")).status())
                .isEqualTo(204);
        assertThat(as(COLLEAGUE).post("/api/tasks/" + task + "/delegate", Map.of("to", "xj-ak.leader")).status())
                .isEqualTo(409);
    }

    @Test
    void refusesHandingOnByOthersAndToAnyoneOutsideTheTasksGroups() {
        String task = taskId("xj-ak.leader", "reviewAgreement", draftAgreement("ZJ", "XJ-AK", 410000).path("code").asText());
        String delegate = "/api/tasks/" + task + "/delegate";

        assertThat(as("zj.proposer").post(delegate, Map.of("to", COLLEAGUE)).status()).isEqualTo(403);
        assertThat(as("zj.proposer").get("/api/tasks/" + task + "/delegates").status()).isEqualTo(403);
        assertThat(as("sh.proposer").post(delegate, Map.of("to", COLLEAGUE)).status()).isEqualTo(404);
        assertThat(as("sh.proposer").get("/api/tasks/" + task + "/delegates").status()).isEqualTo(404);
        assertThat(as("admin").post(delegate, Map.of("to", COLLEAGUE)).status()).isEqualTo(404);
        assertThat(as("xj-ak.leader").post("/api/tasks/no-such-task/delegate", Map.of("to", COLLEAGUE)).status())
                .isEqualTo(404);

        Api.Response otherUnion = as("xj-ak.leader").post(delegate, Map.of("to", "zj.leader"));
        assertThat(otherUnion.status()).isEqualTo(400);
        assertThat(otherUnion.errorFields()).containsExactly("to");
        assertThat(otherUnion.json().path("errors").get(0).path("message").asText()).contains("role");
        assertThat(as("xj-ak.leader").post(delegate, Map.of("to", "xj-ak.officer")).status()).isEqualTo(400);
        assertThat(as("xj-ak.leader").post(delegate, Map.of("to", "nobody.at.all")).status()).isEqualTo(400);
        assertThat(as("xj-ak.leader").post(delegate, Map.of("to", "xj-ak.leader")).errorFields()).containsExactly("to");
        assertThat(as("xj-ak.leader").post(delegate, Map.of("comment", "x")).errorFields()).containsExactly("to");
        assertThat(as("xj-ak.leader").post(delegate, Map.of("to", COLLEAGUE, "comment", "长".repeat(2001))).errorFields())
                .containsExactly("comment");
        assertThat(as("xj-ak.leader").postRaw(delegate, "application/json", "{\"to\":").status()).isEqualTo(400);
        assertThat(as("xj-ak.leader").postRaw(delegate, "text/plain", "xj-ak.leader2").status()).isEqualTo(400);

        assertThat(as("xj-ak.leader").get("/api/tasks/" + task).json().path("assignee").isNull()).isTrue();
    }

    @Test
    void remindsTheHolderOnceAnHourAndOnlyForThoseWhoWait() {
        JsonNode agreement = draftAgreement("ZJ", "XJ-AK", 420000);
        String task = taskId("xj-ak.leader", "reviewAgreement", agreement.path("code").asText());
        String remind = "/api/tasks/" + task + "/remind";
        long unreadBefore = as("xj-ak.leader").get("/api/notifications").json().path("unread").asLong();

        assertThat(as("zj.proposer").post(remind, Map.of("comment", "协议急需生效，请尽快审查。")).status()).isEqualTo(204);

        JsonNode notices = as("xj-ak.leader").get("/api/notifications").json();
        JsonNode notice = notices.path("items").get(0);
        assertThat(notice.path("kind").asText()).isEqualTo("REMINDER");
        assertThat(notice.path("recipientGroup").asText()).isEqualTo("XJ-AK:leader");
        assertThat(notice.path("taskId").asText()).isEqualTo(task);
        assertThat(notice.path("message").asText()).isEqualTo("协议急需生效，请尽快审查。");
        assertThat(notice.path("createdByName").asText()).isNotBlank();
        assertThat(notices.path("unread").asLong()).isEqualTo(unreadBefore + 1);
        assertThat(as(COLLEAGUE).get("/api/notifications").json().path("items").findValuesAsText("taskId")).contains(task);

        Api.Response again = as("zj.proposer").post(remind, Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("detail").asText()).contains("hour");

        assertThat(as("xj-ak.leader").post(remind, Map.of()).status()).as("the holder reminds nobody").isEqualTo(403);
        assertThat(as("sh.proposer").post(remind, Map.of()).status()).isEqualTo(404);
        assertThat(as("zj.auditor").post(remind, Map.of()).status()).as("auditors change nothing").isEqualTo(403);
        assertThat(as("zj.leader").post(remind, Map.of("comment", "长".repeat(2001))).errorFields()).containsExactly("comment");

        // once claimed, a reminder goes to the one who holds it, not to the whole group
        assertThat(as(COLLEAGUE).post("/api/tasks/" + task + "/claim", Map.of()).status()).isEqualTo(204);
        assertThat(as("zj.finance").postRaw(remind, "application/json", "").status()).isEqualTo(204);
        assertThat(as(COLLEAGUE).get("/api/notifications").json().path("items").get(0).path("createdBy").asText())
                .isEqualTo("zj.finance");
        assertThat(as("xj-ak.leader").get("/api/notifications").json().path("items").get(0).path("createdBy").asText())
                .isNotEqualTo("zj.finance");
        assertThat(as("xj-ak.leader").post(remind, Map.of()).status()).as("a candidate may remind the assignee").isEqualTo(204);

        JsonNode history = as("zj.proposer").get("/api/agreements/" + agreement.path("id").asLong()).json().path("history");
        assertThat(history.findValuesAsText("action")).contains("TASK_REMINDED");

        completeOk(COLLEAGUE, "reviewAgreement", agreement.path("code").asText(), Map.of("decision", "APPROVE"));
        assertThat(as("zj.leader").post(remind, Map.of()).status()).isEqualTo(409);
    }

    @Test
    void keepsRemarksOnATaskForItsPartiesAndShowsThemInTheHistory() {
        JsonNode agreement = draftAgreement("ZJ", "XJ-AK", 430000);
        String code = agreement.path("code").asText();
        String task = taskId("xj-ak.leader", "reviewAgreement", code);
        String comments = "/api/tasks/" + task + "/comments";
        String text = "请补充分年度资金安排 <b>明细</b> 𠮷";

        Api.Response added = as("xj-ak.leader").post(comments, Map.of("text", text));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().path("text").asText()).isEqualTo(text);
        assertThat(added.json().path("author").asText()).isEqualTo("xj-ak.leader");
        assertThat(as("xj-ak.leader").post(comments, Map.of("text", "𠮷".repeat(2000))).status()).isEqualTo(201);

        JsonNode list = as("zj.proposer").get(comments).json();
        assertThat(list.path("total").asLong()).isEqualTo(2);
        assertThat(list.path("items").get(0).path("text").asText()).isEqualTo(text);
        assertThat(list.path("items").get(1).path("text").asText()).hasSize(4000);
        assertThat(as("zj.proposer").get(comments + "?size=1&page=1").json().path("items").get(0).path("text").asText())
                .startsWith("𠮷");
        assertThat(as(COLLEAGUE).get(comments).status()).isEqualTo(200);
        assertThat(as("sh.proposer").get(comments).status()).isEqualTo(404);
        assertThat(as("xj-ht.leader").get(comments).status()).isEqualTo(404);

        assertThat(as("zj.proposer").post(comments, Map.of("text", "催一下")).status()).isEqualTo(403);
        assertThat(as("sh.proposer").post(comments, Map.of("text", "看看")).status()).isEqualTo(404);
        assertThat(as("xj-ak.leader").post(comments, Map.of("text", " ")).errorFields()).containsExactly("text");
        assertThat(as("xj-ak.leader").post(comments, Map.of()).errorFields()).containsExactly("text");
        assertThat(as("xj-ak.leader").post(comments, Map.of("text", "长".repeat(2001))).errorFields()).containsExactly("text");
        assertThat(as("xj-ak.leader").get(comments + "?size=0").status()).isEqualTo(400);

        JsonNode history = as("zj.proposer").get("/api/agreements/" + agreement.path("id").asLong()).json().path("history");
        assertThat(history.findValuesAsText("comment")).contains(text);

        completeOk("xj-ak.leader", "reviewAgreement", code, Map.of("decision", "APPROVE"));
        assertThat(as("xj-ak.leader").get(comments).json().path("total").asLong()).as("still readable when done").isEqualTo(2);
        assertThat(as("xj-ak.leader").post(comments, Map.of("text", "再补充")).status()).isEqualTo(409);
    }
}
