package org.aidflow.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.aidflow.ApiTests;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

class DirectoryApiTests extends ApiTests {

    @Autowired
    RuntimeService runtime;

    @Test
    void listsEveryUnionWithItsPairings() {
        JsonNode unions = as("bj.proposer").get("/api/unions").json();
        assertThat(unions).hasSize(46);
        Map<String, JsonNode> byCode = new HashMap<>();
        unions.forEach(u -> byCode.put(u.path("code").asText(), u));
        assertThat(byCode.get("XJ-HT").path("parentCode").asText()).isEqualTo("XJ");
        assertThat(byCode.get("XJ-HT").path("nameZh").asText()).isEqualTo("和田地区总工会");
        assertThat(byCode.get("BJ").path("pairedWith").toString()).contains("\"XJ-HT\"", "\"BT-14\"", "\"XJ\"", "\"BT\"")
                .doesNotContain("XJ-KS");
        assertThat(byCode.get("XJ-HT").path("pairedWith").toString()).contains("\"BJ\"", "\"TJ\"", "\"AH\"");
        assertThat(byCode.get("ACFTU").path("level").asText()).isEqualTo("NATIONAL");
    }

    @Test
    void importsTheDirectoryOnlyOnce() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM union_org").query(Long.class).single()).isEqualTo(46);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pairing").query(Long.class).single()).isEqualTo(33);
    }

    @Test
    void keepsFourByteCharactersInTaskVariables() {
        String name = "𠮷野家 🚀 和田";
        JsonNode agreement = draftAgreement("BJ", "XJ-HT", 1000);
        String instance = agreement.path("processInstanceId").asText();
        runtime.setVariable(instance, "note", name);
        assertThat(runtime.getVariable(instance, "note")).isEqualTo(name);
        Map<String, Object> draft = new HashMap<>(agreementDraft("XJ-HT", 1000));
        draft.put("title", name);
        var response = as("bj.proposer").post("/api/agreements", draft);
        assertThat(response.body()).contains(name);
        JsonNode created = response.json();
        assertThat(as("bj.proposer").get("/api/agreements/" + created.path("id").asLong()).json().path("title").asText())
                .isEqualTo(name);
        completeOk("xj-ht.leader", "reviewAgreement", created.path("code").asText(), Map.of("decision", "REVISE", "comment", name));
        assertThat(as("bj.proposer").get("/api/agreements/" + created.path("id").asLong()).json()
                .path("history").get(1).path("comment").asText()).isEqualTo(name);
    }
}
