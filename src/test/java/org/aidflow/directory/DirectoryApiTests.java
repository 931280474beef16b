package org.aidflow.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
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
        Map<String, JsonNode> byCode = new HashMap<>();
        unions.forEach(u -> byCode.put(u.path("code").asText(), u));
        // other tests may add unions through the admin API; every seeded one is there
        assertThat(byCode.keySet()).containsAll(SEEDED_UNIONS);
        assertThat(byCode.get("XJ-HT").path("parentCode").asText()).isEqualTo("XJ");
        assertThat(byCode.get("XJ-HT").path("nameZh").asText()).isEqualTo("和田地区总工会");
        assertThat(byCode.get("BJ").path("pairedWith").toString()).contains("\"XJ-HT\"", "\"BT-14\"", "\"XJ\"", "\"BT\"")
                .doesNotContain("XJ-KS");
        assertThat(byCode.get("XJ-HT").path("pairedWith").toString()).contains("\"BJ\"", "\"TJ\"", "\"AH\"");
        assertThat(byCode.get("ACFTU").path("level").asText()).isEqualTo("NATIONAL");
    }

    @Test
    void importsTheDirectoryOnlyOnce() {
        assertThat(jdbc.sql("SELECT code FROM union_org").query(String.class).list())
                .containsAll(SEEDED_UNIONS).doesNotHaveDuplicates();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pairing WHERE round_code = '2021-2025'").query(Long.class).single())
                .isEqualTo(33);
    }

    /** The codes of ../shared/data/unions.csv, as shipped in src/main/resources/directory. */
    static final List<String> SEEDED_UNIONS = seededUnions();

    private static List<String> seededUnions() {
        try (var in = DirectoryApiTests.class.getResourceAsStream("/directory/unions.csv")) {
            List<String> codes = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .filter(l -> !l.isBlank()).map(l -> l.substring(0, l.indexOf(','))).toList();
            assertThat(codes).hasSize(46);
            return codes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
