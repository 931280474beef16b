package org.aidflow;

import static org.aidflow.OwnDatabaseApp.api;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

/** The embedded default keeps its data: an agreement and its open task survive a restart. */
class RestartTests {

    @Test
    void keepsAgreementsAndTasksAcrossARestart() throws Exception {
        // no web apps: Camunda's keep JVM-wide static state (Cockpit's runtime delegate) that closing
        // this app would clear under the web apps of the other tests' app
        try (OwnDatabaseApp app = new OwnDatabaseApp("restart", "--camunda.bpm.webapp.enabled=false")) {
            long id;
            String code;
            try (ConfigurableApplicationContext first = app.start()) {
                Api proposer = api(first, "bj.proposer");
                JsonNode created = proposer.post("/api/agreements", Map.of("recipientUnion", "XJ-HT", "title", "重启后仍在 𠮷",
                        "focusAreas", java.util.List.of("LIVELIHOOD"), "intendedAmount", 10.5,
                        "startDate", "2026-01-01", "endDate", "2026-12-31")).json();
                id = created.path("id").asLong();
                code = created.path("code").asText();
            }
            try (ConfigurableApplicationContext second = app.start()) {
                JsonNode agreement = api(second, "bj.proposer").get("/api/agreements/" + id).json();
                assertThat(agreement.path("title").asText()).isEqualTo("重启后仍在 𠮷");
                assertThat(agreement.path("status").asText()).isEqualTo("UNDER_REVIEW");
                JsonNode inbox = api(second, "xj-ht.leader").get("/api/tasks?businessKey=" + code).json();
                assertThat(inbox.path("total").asLong()).isEqualTo(1);
                assertThat(inbox.path("items").get(0).path("taskKey").asText()).isEqualTo("reviewAgreement");
            }
        }
    }
}
