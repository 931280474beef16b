package org.aidflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;

import org.aidflow.Api;
import org.aidflow.ApiTests;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFReader;

/**
 * Enterprise sign-in against a real LDAP server (UnboundID's, in memory, on a free loopback port)
 * holding the people and groups of {@code ldap/directory.ldif}. The app runs in a context of its own
 * with neither demo people nor an admin account: everybody here comes from the directory.
 */
class LdapSignInTests extends ApiTests {

    private static final String BASE_DN = "dc=aidflow,dc=test";
    private static final String MANAGER_DN = "cn=manager," + BASE_DN;
    private static final String MANAGER_PASSWORD = "manager-pw";
    private static final Map<String, String> PASSWORDS = Map.of(
            "ldap.proposer", "proposer-pw", "ldap.leader", "leader-pw", "ldap.xjht.leader", "xjht-pw",
            "ldap.admin", "admin-pw", "ldap.twounions", "twounions-pw", "ldap.nogroup", "nogroup-pw");

    private static InMemoryDirectoryServer directory;

    @Autowired
    IdentityService identity;

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void ldap(DynamicPropertyRegistry registry) throws Exception {
        int port = startDirectory();
        registry.add("aidflow.ldap.url", () -> "ldap://127.0.0.1:" + port);
        registry.add("aidflow.ldap.manager-dn", () -> MANAGER_DN);
        registry.add("aidflow.ldap.manager-password", () -> MANAGER_PASSWORD);
        registry.add("aidflow.ldap.base-dn", () -> BASE_DN);
        registry.add("aidflow.ldap.user-search-base", () -> "ou=people");
        registry.add("aidflow.ldap.group-search-base", () -> "ou=groups");
        // no demo people, and no admin password: AdminAccount would refuse to start if it ran
        registry.add("aidflow.demo-data", () -> "false");
        registry.add("aidflow.admin.password", () -> "");
        // an engine and, on H2, a database of its own beside the shared context of the other tests
        registry.add("camunda.bpm.process-engine-name", () -> "ldap");
        if (System.getProperty("spring.datasource.url", "jdbc:h2:mem:").startsWith("jdbc:h2:mem:")) {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:aidflow-ldap-tests;DB_CLOSE_DELAY=-1");
        }
    }

    private static synchronized int startDirectory() throws LDAPException {
        if (directory == null) {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
            config.addAdditionalBindCredentials(MANAGER_DN, MANAGER_PASSWORD);
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), 0, null));
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            try (InputStream ldif = LdapSignInTests.class.getResourceAsStream("/ldap/directory.ldif")) {
                server.importFromLDIF(true, new LDIFReader(ldif));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            server.startListening();
            directory = server;
        }
        return directory.getListenPort();
    }

    @AfterAll
    static void stopDirectory() {
        // the context stays cached, but no other test class uses it
        if (directory != null) {
            directory.shutDown(true);
            directory = null;
        }
    }

    /** Every helper of ApiTests signs in with the person's directory password. */
    @Override
    protected Api as(String username) {
        return as(username, PASSWORDS.getOrDefault(username, "demo"));
    }

    @Test
    void makesTheDirectoryTheEngineIdentity() {
        // the LDAP plugin owns the identity provider, and the database provider does not compete for it
        assertThat(identity.isReadOnly()).isTrue();
        assertThat(context.getBeansOfType(UnlockedIdentityProvider.Plugin.class)).isEmpty();
        assertThat(identity.createUserQuery().userId("ldap.leader").singleResult().getFirstName()).isEqualTo("Lei");
        assertThat(identity.createGroupQuery().groupMember("ldap.leader").list()).extracting("id")
                .containsExactlyInAnyOrder("BJ:leader", "staff");
    }

    @Test
    void signsInWithTheDirectoryPasswordAndTakesUnionAndRoleFromTheGroups() {
        Api.Response me = as("ldap.leader").get("/api/me");
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.field("username").asText()).isEqualTo("ldap.leader");
        assertThat(me.field("displayName").asText()).isEqualTo("Lei Li");
        assertThat(me.field("union").path("code").asText()).isEqualTo("BJ");
        assertThat(me.field("roles")).extracting(JsonNode::asText).containsExactly("leader");
        // the enterprise's own group "staff" is no AidFlow group
        assertThat(me.field("groups")).extracting(JsonNode::asText).containsExactly("BJ:leader");
        // the directory matches user ids without regard to case; AidFlow keeps the directory's spelling
        assertThat(as("LDAP.Leader", "leader-pw").get("/api/me").field("username").asText()).isEqualTo("ldap.leader");
    }

    @Test
    void refusesAWrongPasswordAndPeopleOutsideTheDirectory() {
        assertThat(as("ldap.leader", "not-the-password").get("/api/me").status()).isEqualTo(401);
        assertThat(as("ldap.leader", "").get("/api/me").status()).isEqualTo(401);
        // neither demo people nor an admin account exist with LDAP sign-in
        assertThat(as("bj.proposer", "demo").get("/api/me").status()).isEqualTo(401);
        assertThat(as("admin", "demo").get("/api/me").status()).isEqualTo(401);
        assertThat(as("ldap.nobody", "x").get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void refusesSomeoneInTheGroupsOfTwoUnionsOrOfNone() {
        assertThat(as("ldap.twounions").get("/api/me").status()).isEqualTo(401);
        assertThat(as("ldap.nogroup").get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void offersTasksToTheDirectoryGroups() {
        Api.Response created = as("ldap.proposer").post("/api/agreements", agreementDraft("XJ-HT", 250000));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String code = created.field("code").asText();

        Api.Response inbox = as("ldap.xjht.leader").get("/api/tasks?businessKey=" + code);
        assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);
        assertThat(inbox.field("items")).extracting(t -> t.path("taskKey").asText()).containsExactly("reviewAgreement");
        assertThat(as("ldap.leader").get("/api/tasks?businessKey=" + code).field("total").asLong()).isZero();

        completeOk("ldap.xjht.leader", "reviewAgreement", code, Map.of("decision", "APPROVE"));
        assertThat(as("ldap.leader").get("/api/tasks?businessKey=" + code).field("items"))
                .extracting(t -> t.path("taskKey").asText()).containsExactly("signAgreementDonor");
    }

    @Test
    void letsOnlyTheDirectoryAdministratorsIntoTheEngine() {
        Api.Response me = as("ldap.admin").get("/api/me");
        assertThat(me.field("roles")).extracting(JsonNode::asText).isEqualTo(List.of("admin"));
        assertThat(me.field("union").isNull()).isTrue();
        assertThat(as("ldap.admin").get("/engine-rest/engine").status()).isEqualTo(200);
        assertThat(as("ldap.leader").get("/engine-rest/engine").status()).isEqualTo(403);
        assertThat(as("ldap.proposer").get("/engine-rest/engine").status()).isEqualTo(403);
        assertThat(as("ldap.admin", "leader-pw").get("/engine-rest/engine").status()).isEqualTo(401);
        // people are administered in the directory, not in AidFlow
        Api.Response create = as("ldap.admin").post("/api/admin/people", java.util.Map.of("username", "someone.new",
                "displayName", "某人", "union", "BJ", "roles", List.of("proposer")));
        assertThat(create.status()).as(create.body()).isEqualTo(409);
        assertThat(as("ldap.admin").get("/api/admin/people").status()).isEqualTo(200);
    }
}
