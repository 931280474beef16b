package org.aidflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.aidflow.Api;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class PeopleAdminTests extends PeopleTests {

    @Test
    void keepsEveryAdminPathToAdministrators() {
        String someone = active("XJ-HT", "xj-ht.clerk", "officer");
        Map<String, Object> body = person(newUsername("bj.x"), "BJ", "leader");
        for (String user : List.of("bj.proposer", "acftu.auditor", "xj.leader")) {
            Api api = as(user);
            assertThat(api.get("/api/admin/people").status()).as(user).isEqualTo(403);
            assertThat(api.get("/api/admin/people/" + someone).status()).isEqualTo(403);
            assertThat(api.post("/api/admin/people", body).status()).isEqualTo(403);
            assertThat(api.put("/api/admin/people/" + someone, Map.of("displayName", "x")).status()).isEqualTo(403);
            for (String action : List.of("disable", "enable", "reset")) {
                assertThat(api.post("/api/admin/people/" + someone + "/" + action, Map.of()).status()).as(action).isEqualTo(403);
            }
            assertThat(api.get("/api/admin/coverage").status()).isEqualTo(403);
        }
        assertThat(anonymous().get("/api/admin/people").status()).isEqualTo(401);
        assertThat(anonymous().get("/api/admin/coverage").status()).isEqualTo(401);
        // nothing changed: the person is still enabled, and nobody was made
        assertThat(as(someone, OWN_PASSWORD).get("/api/me").status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE username = ?").param(body.get("username")).query(Long.class).single())
                .isZero();
    }

    @Test
    void createsAPersonInTheirUnionWithTheGroupsOfTheirRoles() {
        String username = newUsername("bj.staff");
        Api.Response created = as("admin").post("/api/admin/people", person(username, "BJ", "finance", "auditor"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/admin/people/" + username);
        JsonNode person = created.json();
        assertThat(person.path("username").asText()).isEqualTo(username);
        assertThat(person.path("union").asText()).isEqualTo("BJ");
        assertThat(person.path("unionNameZh").asText()).isEqualTo("北京市总工会");
        assertThat(person.path("roles").toString()).isEqualTo("[\"auditor\",\"finance\"]");
        assertThat(person.path("email").asText()).isEqualTo(username + "@example.org");
        assertThat(person.path("disabled").asBoolean()).isFalse();
        assertThat(person.path("passwordChangeRequired").asBoolean()).isTrue();
        assertThat(person.path("oneTimePassword").asText()).hasSizeGreaterThanOrEqualTo(16);

        JsonNode me = as(username, person.path("oneTimePassword").asText()).get("/api/me").json();
        assertThat(texts(me.path("groups"))).containsExactlyInAnyOrder("BJ:auditor", "BJ:finance");

        JsonNode found = as("admin").get("/api/admin/people?q=" + username.substring(3).toUpperCase() + "&union=BJ&role=finance").json();
        assertThat(found.path("total").asLong()).isEqualTo(1);
        assertThat(found.path("items").get(0).path("username").asText()).isEqualTo(username);
        assertThat(found.path("items").get(0).has("oneTimePassword")).isFalse();
        assertThat(as("admin").get("/api/admin/people?q=" + username + "&role=leader").json().path("total").asLong()).isZero();
        assertThat(as("admin").get("/api/admin/people?q=" + username + "&union=SH").json().path("total").asLong()).isZero();
        JsonNode page = as("admin").get("/api/admin/people?union=BJ&size=2&page=1").json();
        assertThat(page.path("size").asInt()).isEqualTo(2);
        assertThat(page.path("page").asInt()).isEqualTo(1);
        assertThat(page.path("items").size()).isEqualTo(2);
        assertThat(page.path("total").asLong()).isGreaterThan(4);
        assertThat(as("admin").get("/api/admin/people?size=201").status()).isEqualTo(400);
        assertThat(as("admin").get("/api/admin/people?role=chair").errorFields()).containsExactly("role");

        // audited without the password
        String details = jdbc.sql("SELECT a.details FROM audit_record a JOIN person p ON a.subject_id = p.id "
                        + "WHERE a.subject_type = 'PERSON' AND p.username = ? AND a.action = 'PERSON_CREATED' AND a.actor = 'admin'")
                .param(username).query(String.class).single();
        assertThat(details).contains("\"union\":\"BJ\"").doesNotContain(person.path("oneTimePassword").asText());
    }

    @Test
    void refusesRolesThatDoNotFitTheLevelOfTheUnion() {
        Map<String, List<String>> misfits = Map.of("BJ", List.of("inspector"), "XJ", List.of("proposer"),
                "XJ-HT", List.of("officer", "auditor"), "ACFTU", List.of("leader"), "BT-14", List.of("admin"));
        misfits.forEach((union, roles) -> {
            Api.Response refused = as("admin").post("/api/admin/people",
                    person(newUsername("misfit"), union, roles.toArray(String[]::new)));
            assertThat(refused.status()).as(union + " " + roles).isEqualTo(400);
            assertThat(refused.errorFields()).containsOnly("roles");
        });
        String username = active("XJ", "xj.clerk", "officer", "inspector");
        Api.Response moved = as("admin").put("/api/admin/people/" + username, Map.of("union", "XJ-AK"));
        assertThat(moved.status()).isEqualTo(400);
        assertThat(moved.errorFields()).containsExactly("roles");
        assertThat(as("admin").put("/api/admin/people/" + username, Map.of("roles", List.of("officer", "leader2"))).errorFields())
                .containsExactly("roles");
        assertThat(as("admin").get("/api/admin/people/" + username).json().path("roles").toString())
                .isEqualTo("[\"inspector\",\"officer\"]");
    }

    @Test
    void refusesMissingAndMalformedFieldsAndDuplicateNames() {
        Api.Response empty = as("admin").post("/api/admin/people", Map.of());
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.errorFields()).contains("username", "displayName", "union", "roles");

        Map<String, Object> bad = new HashMap<>(person("bad name/x", "NOPE", "leader"));
        bad.put("email", "not-an-address");
        bad.put("phone", "call me");
        assertThat(as("admin").post("/api/admin/people", bad).errorFields())
                .contains("username", "union", "email", "phone").doesNotContain("roles");
        assertThat(as("admin").post("/api/admin/people", person("x".repeat(65), "BJ", "leader")).errorFields())
                .containsExactly("username");
        Map<String, Object> wrongType = new HashMap<>(person(newUsername("typed"), "BJ", "leader"));
        wrongType.put("roles", List.of(7));
        assertThat(as("admin").post("/api/admin/people", wrongType).status()).isEqualTo(400);

        assertThat(as("admin").post("/api/admin/people", person("bj.proposer", "BJ", "proposer")).status()).isEqualTo(409);
        assertThat(as("admin").post("/api/admin/people", person("BJ.Proposer", "BJ", "proposer")).status()).isEqualTo(409);
        assertThat(as("admin").post("/api/admin/people", person("admin", "BJ", "proposer")).status()).isEqualTo(409);
        assertThat(as("bj.proposer").get("/api/me").json().path("displayName").asText()).isEqualTo("北京市总工会 项目专员");
    }

    @Test
    void changesNamesUnionAndRolesAndTheSignedInSessionFollows() {
        String username = active("XJ-HT", "xj-ht.staff", "finance");
        BrowserSession session = BrowserSession.signIn(port, username, OWN_PASSWORD);
        assertThat(texts(session.json("/api/me").path("groups"))).containsExactly("XJ-HT:finance");

        Api.Response changed = as("admin").put("/api/admin/people/" + username, Map.of("union", "XJ-AK",
                "roles", List.of("officer", "leader"), "displayName", "艾力 𠮷", "displayNameEn", "Ali", "email", ""));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().path("union").asText()).isEqualTo("XJ-AK");
        assertThat(changed.json().path("roles").toString()).isEqualTo("[\"leader\",\"officer\"]");
        assertThat(changed.json().path("displayName").asText()).isEqualTo("艾力 𠮷");
        assertThat(changed.json().path("email").isNull()).isTrue();
        assertThat(changed.json().path("phone").asText()).isEqualTo("+86 10 6559 2000");

        JsonNode me = session.json("/api/me");
        assertThat(me.path("union").path("code").asText()).isEqualTo("XJ-AK");
        assertThat(texts(me.path("groups"))).containsExactlyInAnyOrder("XJ-AK:leader", "XJ-AK:officer");
        assertThat(me.path("displayName").asText()).isEqualTo("艾力 𠮷");
        assertThat(as(username, OWN_PASSWORD).get("/api/me").json().path("roles").toString()).isEqualTo("[\"leader\",\"officer\"]");

        String details = jdbc.sql("SELECT a.details FROM audit_record a JOIN person p ON a.subject_id = p.id "
                        + "WHERE a.subject_type = 'PERSON' AND p.username = ? AND a.action = 'PERSON_UPDATED'")
                .param(username).query(String.class).single();
        assertThat(details).contains("\"union\":{\"from\":\"XJ-HT\",\"to\":\"XJ-AK\"}");
        assertThat(as("admin").put("/api/admin/people/nobody.here", Map.of("displayName", "x")).status()).isEqualTo(404);
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    @Test
    void refusesToManageAdministrators() {
        for (String action : List.of("disable", "reset")) {
            assertThat(admin(action, "admin").status()).as(action).isEqualTo(409);
        }
        assertThat(as("admin").put("/api/admin/people/admin", Map.of("displayName", "x")).status()).isEqualTo(409);
        assertThat(as("admin").get("/api/me").status()).isEqualTo(200);
        assertThat(admin("disable", "nobody.here").status()).isEqualTo(404);
    }

    @Test
    void showsTheAdministratorNoBusinessData() {
        assertThat(as("admin").get("/api/agreements").json().path("total").asLong()).isZero();
        assertThat(as("admin").get("/api/projects").json().path("total").asLong()).isZero();
        assertThat(as("admin").get("/api/tasks").json().path("total").asLong()).isZero();
    }
}
