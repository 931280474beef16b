package org.aidflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.aidflow.Api;
import org.aidflow.ApiTests;

import com.fasterxml.jackson.databind.JsonNode;

/** Helpers shared by the people administration scenarios: people made through the API, as the admin does. */
abstract class PeopleTests extends ApiTests {

    /** A password that passes the policy, for people who have replaced their one-time password. */
    static final String OWN_PASSWORD = "river-Stone-4821";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** A user name no other test uses, even when the suite shares one database. */
    static String newUsername(String prefix) {
        return prefix + "." + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
    }

    static Map<String, Object> person(String username, String union, String... roles) {
        return Map.of("username", username, "displayName", "测试 " + username, "displayNameEn", "Test " + username,
                "union", union, "roles", List.of(roles), "email", username + "@example.org", "phone", "+86 10 6559 2000");
    }

    /** Made by the admin; answers the create's body, one-time password included. */
    JsonNode create(String union, String prefix, String... roles) {
        Api.Response created = as("admin").post("/api/admin/people", person(newUsername(prefix), union, roles));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    /** Made by the admin and signed in once to replace the one-time password with {@link #OWN_PASSWORD}. */
    String active(String union, String prefix, String... roles) {
        JsonNode created = create(union, prefix, roles);
        String username = created.path("username").asText();
        Api.Response changed = as(username, created.path("oneTimePassword").asText()).post("/api/me/password",
                Map.of("currentPassword", created.path("oneTimePassword").asText(), "newPassword", OWN_PASSWORD));
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        return username;
    }

    /** The open task with this key in the business key's process, as a person with their own password sees it. */
    String taskOf(String username, String taskKey, String businessKey) {
        Api.Response inbox = as(username, OWN_PASSWORD).get("/api/tasks?taskKey=" + taskKey + "&businessKey=" + businessKey);
        assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);
        assertThat(inbox.json().path("items").size()).as("%s should see %s of %s", username, taskKey, businessKey).isEqualTo(1);
        return inbox.json().path("items").get(0).path("id").asText();
    }

    Api.Response admin(String action, String username) {
        return as("admin").post("/api/admin/people/" + username + "/" + action, Map.of());
    }
}
