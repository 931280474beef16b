package org.aidflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.aidflow.ApiTests;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class MeTests extends ApiTests {

    @Test
    void namesTheSignedInPersonInBothLanguages() {
        JsonNode me = as("bj.leader").get("/api/me").json();
        assertThat(me.path("displayName").asText()).isEqualTo("北京市总工会 负责人");
        assertThat(me.path("displayNameEn").asText()).isEqualTo("Beijing Federation of Trade Unions Leader");
        assertThat(as("xj-ht.officer").get("/api/me").json().path("displayNameEn").asText())
                .isEqualTo(as("xj-ht.officer").get("/api/me").json().path("union").path("nameEn").asText() + " Officer");
        assertThat(as("admin").get("/api/me").json().path("displayNameEn").asText()).isEqualTo("Administrator");
    }
}
