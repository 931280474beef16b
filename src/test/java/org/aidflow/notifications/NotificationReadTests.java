package org.aidflow.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.aidflow.ApiTests;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Each person marks their notifications read for themselves, even those sent to their whole group. */
class NotificationReadTests extends ApiTests {

    @Test
    void marksOneOrAllReadForTheCallerOnly() {
        String code = draftAgreement("ZJ", "XJ-AK", 300000).path("code").asText();
        String task = taskId("xj-ak.leader", "reviewAgreement", code);
        assertThat(as("zj.proposer").post("/api/tasks/" + task + "/remind", Map.of("comment", "请审查")).status()).isEqualTo(204);
        assertThat(as("zj.leader").post("/api/tasks/" + task + "/remind", Map.of()).status()).isEqualTo(204);

        JsonNode before = as("xj-ak.leader").get("/api/notifications").json();
        long unread = before.path("unread").asLong();
        assertThat(unread).isGreaterThanOrEqualTo(2);
        long id = before.path("items").get(0).path("id").asLong();

        assertThat(as("xj-ak.leader").post("/api/notifications/" + id + "/read", Map.of()).status()).isEqualTo(204);
        assertThat(as("xj-ak.leader").post("/api/notifications/" + id + "/read", Map.of()).status()).as("twice is fine").isEqualTo(204);
        JsonNode after = as("xj-ak.leader").get("/api/notifications").json();
        assertThat(after.path("unread").asLong()).isEqualTo(unread - 1);
        assertThat(after.path("items").get(0).path("read").asBoolean()).isTrue();
        assertThat(after.path("items").get(1).path("read").asBoolean()).isFalse();

        assertThat(as("sh.leader").post("/api/notifications/" + id + "/read", Map.of()).status()).isEqualTo(404);
        assertThat(as("xj-ak.leader").post("/api/notifications/999999999/read", Map.of()).status()).isEqualTo(404);
        assertThat(as("xj-ak.leader").post("/api/notifications/abc/read", Map.of()).status()).isEqualTo(400);
        assertThat(as("xj-ak.leader").get("/api/notifications?size=500").status()).isEqualTo(400);
        assertThat(anonymous().get("/api/notifications").status()).isEqualTo(401);

        assertThat(as("xj-ak.leader").post("/api/notifications/read-all", Map.of()).status()).isEqualTo(204);
        assertThat(as("xj-ak.leader").get("/api/notifications").json().path("unread").asLong()).isZero();
    }
}
