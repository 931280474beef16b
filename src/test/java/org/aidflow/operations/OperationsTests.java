package org.aidflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.aidflow.Api;
import org.aidflow.notifications.ChannelScenarios;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Running it as a service: health's status for anyone and its details for administrators only, the probes, the
 * Prometheus metrics for administrators only (401 anonymous, 403 anybody else), and a request id in every
 * response header and problem.
 */
class OperationsTests extends ChannelScenarios {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void healthTellsAnyoneItsStatusAndOnlyAdministratorsTheDetails() throws Exception {
        Api.Response anyone = anonymous().get("/actuator/health");
        assertThat(anyone.status()).isIn(200, 503);
        assertThat(anyone.json().path("status").asText()).isIn("UP", "DOWN");
        assertThat(anyone.json().has("components")).as("no details for anyone").isFalse();
        assertThat(as("bj.leader").get("/actuator/health").json().has("components")).as("nor for a user").isFalse();

        JsonNode details = as("admin").get("/actuator/health").json();
        assertThat(details.path("components").has("db")).isTrue();
        assertThat(details.path("components").path("processEngine").path("status").asText()).isEqualTo("UP");
        JsonNode outbox = details.path("components").path("outbox");
        assertThat(outbox.path("status").asText()).isEqualTo("UP");
        assertThat(outbox.path("details").has("pending")).isTrue();
        assertThat(outbox.path("details").has("failed")).isTrue();

        Api.Response live = anonymous().get("/actuator/health/liveness");
        assertThat(live.status()).isEqualTo(200);
        assertThat(live.json().path("status").asText()).isEqualTo("UP");
        Api.Response ready = anonymous().get("/actuator/health/readiness");
        // the tests run without the job executor (camunda.bpm.job-execution.enabled=false), so readiness may say so
        assertThat(ready.status()).isIn(200, 503);
        assertThat(ready.json().has("components")).isFalse();
        assertThat(as("admin").get("/actuator/health/readiness").json().path("components").has("outbox")).isTrue();
    }

    @Test
    void metricsAreForAdministratorsOnly() {
        assertThat(anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(as("bj.leader").get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(as("acftu.auditor").get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(anonymous().get("/actuator/metrics").status()).isEqualTo(401);
        assertThat(as("xj.inspector").get("/actuator/metrics").status()).isEqualTo(403);
        assertThat(as("bj.leader").get("/actuator/env").status()).as("not exposed, and not open anyway").isIn(403, 404);
    }

    @Test
    void prometheusCountsCompletionsAndWatchesTheInboxOutboxAndLedger() {
        String code = draftAgreement("BJ", "XJ-HT", 100_000).path("code").asText();
        completeOk("xj-ht.leader", "reviewAgreement", code, Map.of("decision", "APPROVE"));
        Api.Response metrics = as("admin").get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("aidflow_tasks_completed_total{", "taskKey=\"reviewAgreement\"")
                .contains("aidflow_tasks_completion_latency_seconds_count{")
                .contains("aidflow_inbox_latency_seconds_count")
                .contains("aidflow_outbox_backlog")
                .contains("aidflow_outbox_failed_messages")
                .contains("aidflow_outbox_oldest_pending_seconds")
                .contains("aidflow_ledger_verification_ok");
    }

    @Test
    void everyResponseAndProblemCarriesItsRequestId() throws Exception {
        Api.Response me = as("bj.leader").get("/api/me");
        assertThat(me.header("X-Request-Id")).isNotBlank();
        java.util.UUID made = java.util.UUID.fromString(me.header("X-Request-Id"));
        assertThat(made.version()).as("a random UUID").isEqualTo(4);
        assertThat(made.variant()).isEqualTo(2);
        assertThat(as("bj.leader").get("/api/me").header("X-Request-Id")).as("each request its own")
                .isNotEqualTo(made.toString());

        HttpResponse<String> given = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                .header("X-Request-Id", "proxy-given-0001").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(given.statusCode()).isEqualTo(401);
        assertThat(given.headers().firstValue("X-Request-Id")).hasValue("proxy-given-0001");
        assertThat(JSON.readTree(given.body()).path("requestId").asText()).as("in the problem").isEqualTo("proxy-given-0001");

        HttpResponse<String> hostile = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                .header("X-Request-Id", "<script>").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(hostile.headers().firstValue("X-Request-Id").orElseThrow()).as("replaced").doesNotContain("<");

        Api.Response missing = as("bj.leader").get("/api/agreements/987654321");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("requestId").asText()).isEqualTo(missing.header("X-Request-Id"));
        assertThat(missing.json().path("type").asText()).isEqualTo("/problems/not-found");
        Api.Response forbidden = as("bj.leader").get("/api/admin/outbox");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().path("requestId").asText()).isEqualTo(forbidden.header("X-Request-Id"));
    }
}
