package org.aidflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import com.fasterxml.jackson.databind.JsonNode;

/** The embedded default keeps its data: an agreement and its open task survive a restart. */
class RestartTests {

    @Test
    void keepsAgreementsAndTasksAcrossARestart() throws Exception {
        Path dir = Files.createTempDirectory("aidflow-restart");
        String[] args = {
                "--server.port=0",
                "--spring.profiles.active=test",
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE",
                "--spring.datasource.driver-class-name=org.h2.Driver",
                "--spring.flyway.locations=classpath:db/migration/h2",
                "--aidflow.documents.dir=" + dir.resolve("documents").toAbsolutePath(),
                "--camunda.bpm.process-engine-name=restart",
                // no web apps: Camunda's keep JVM-wide static state (Cockpit's runtime delegate) that closing
                // this app would clear under the web apps of the other tests' app
                "--camunda.bpm.webapp.enabled=false"};
        try {
            long id;
            String code;
            try (ConfigurableApplicationContext first = SpringApplication.run(AidFlowApplication.class, args)) {
                Api proposer = api(first, "bj.proposer");
                JsonNode created = proposer.post("/api/agreements", Map.of("recipientUnion", "XJ-HT", "title", "重启后仍在 𠮷",
                        "focusAreas", java.util.List.of("LIVELIHOOD"), "intendedAmount", 10.5,
                        "startDate", "2026-01-01", "endDate", "2026-12-31")).json();
                id = created.path("id").asLong();
                code = created.path("code").asText();
            }
            try (ConfigurableApplicationContext second = SpringApplication.run(AidFlowApplication.class, args)) {
                JsonNode agreement = api(second, "bj.proposer").get("/api/agreements/" + id).json();
                assertThat(agreement.path("title").asText()).isEqualTo("重启后仍在 𠮷");
                assertThat(agreement.path("status").asText()).isEqualTo("UNDER_REVIEW");
                JsonNode inbox = api(second, "xj-ht.leader").get("/api/tasks?businessKey=" + code).json();
                assertThat(inbox.path("total").asLong()).isEqualTo(1);
                assertThat(inbox.path("items").get(0).path("taskKey").asText()).isEqualTo("reviewAgreement");
            }
        } finally {
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    private static Api api(ConfigurableApplicationContext context, String username) {
        return new Api("http://localhost:" + context.getEnvironment().getProperty("local.server.port"), username, "demo");
    }
}
