package org.aidflow.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aidflow.Api;
import org.aidflow.ApiTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The administrator maintains the directory. These tests share the database with every other API
 * test, so they use fresh codes and rounds far in the future (2081 on), and never touch the
 * 2021–2025 pairings the other tests rely on. The round of the present year, its agreements and a
 * restart are in {@code org.aidflow.DirectoryRoundsRestartTests}, on a database of their own.
 */
class DirectoryAdminTests extends ApiTests {

    private static final String SEED_ROUND = "2021-2025";

    @Autowired
    DirectoryImport directoryImport;

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 5).toUpperCase();
    }

    private static Map<String, Object> union(String code, String level, String parent, String zh, String en) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("level", level);
        body.put("parentCode", parent);
        body.put("nameZh", zh);
        body.put("nameEn", en);
        return body;
    }

    private static Map<String, Object> round(String code, int start, int end, String copyFrom) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("nameZh", code + "年对口援疆");
        body.put("nameEn", "Paired assistance " + code);
        body.put("startYear", start);
        body.put("endYear", end);
        body.put("copyPairingsFrom", copyFrom);
        return body;
    }

    private Map<String, JsonNode> unionsByCode(String username) {
        Map<String, JsonNode> byCode = new HashMap<>();
        as(username).get("/api/unions").json().forEach(u -> byCode.put(u.path("code").asText(), u));
        return byCode;
    }

    private List<String> pairingKeys(String round) {
        Api.Response response = as("admin").get("/api/admin/rounds/" + round + "/pairings");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> keys = new java.util.ArrayList<>();
        response.json().path("pairings").forEach(p -> keys.add(p.path("donorCode").asText() + ">" + p.path("recipientCode").asText()));
        return keys;
    }

    /** One call of every admin path, as this caller. */
    private static List<Api.Response> everyAdminCall(Api caller, Map<String, Object> newUnion, Map<String, Object> newRound) {
        Map<String, Object> pairing = Map.of("donorCode", "BJ", "recipientCode", "XJ-KS");
        return List.of(
                caller.get("/api/admin/rounds"),
                caller.post("/api/admin/rounds", newRound),
                caller.get("/api/admin/rounds/" + SEED_ROUND),
                caller.put("/api/admin/rounds/" + SEED_ROUND, newRound),
                caller.delete("/api/admin/rounds/" + SEED_ROUND),
                caller.get("/api/admin/rounds/" + SEED_ROUND + "/history"),
                caller.get("/api/admin/rounds/" + SEED_ROUND + "/pairings"),
                caller.put("/api/admin/rounds/" + SEED_ROUND + "/pairings", Map.of("pairings", List.of(pairing))),
                caller.post("/api/admin/rounds/" + SEED_ROUND + "/pairings", pairing),
                caller.put("/api/admin/rounds/" + SEED_ROUND + "/pairings/BJ/XJ-HT", Map.of("countiesZh", "和田县")),
                caller.delete("/api/admin/rounds/" + SEED_ROUND + "/pairings/BJ/XJ-HT"),
                caller.post("/api/admin/unions", newUnion),
                caller.put("/api/admin/unions/BJ", union("BJ", "DONOR", null, "改名", "Renamed")),
                caller.get("/api/admin/unions/BJ/history"));
    }

    @Test
    void refusesEveryDirectoryPathToBusinessUsersAndAnonymousCallers() throws Exception {
        Map<String, Object> newUnion = union("XJ-N" + suffix(), "PREFECTURE", "XJ", "新地区总工会", "New prefecture");
        Map<String, Object> newRound = round("2099-2100-" + suffix(), 2099, 2100, null);
        for (String user : List.of("bj.proposer", "bj.leader", "acftu.auditor", "acftu.officer", "xj.leader", "xj-ht.finance")) {
            for (Api.Response response : everyAdminCall(as(user), newUnion, newRound)) {
                assertThat(response.status()).as("%s: %s %s", user, response.raw().request().method(), response.raw().request().uri())
                        .isEqualTo(403);
                assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            }
        }
        for (Api.Response response : everyAdminCall(anonymous(), newUnion, newRound)) {
            // without credentials, writes (which also lack the CSRF token) are asked to sign in like reads
            assertThat(response.status()).as("%s %s", response.raw().request().method(), response.raw().request().uri())
                    .isEqualTo(401);
        }
        // as a browser that is not signed in: with the CSRF token, every write is 401
        for (String[] call : new String[][] {{"POST", "/api/admin/rounds"}, {"PUT", "/api/admin/rounds/" + SEED_ROUND},
                {"DELETE", "/api/admin/rounds/" + SEED_ROUND}, {"POST", "/api/admin/unions"}, {"PUT", "/api/admin/unions/BJ"},
                {"PUT", "/api/admin/rounds/" + SEED_ROUND + "/pairings"}, {"DELETE", "/api/admin/rounds/" + SEED_ROUND + "/pairings/BJ/XJ-HT"}}) {
            assertThat(browserWithoutSignIn(call[0], call[1])).as("%s %s", call[0], call[1]).isEqualTo(401);
        }
        // nothing changed
        assertThat(unionsByCode("bj.proposer").get("BJ").path("nameZh").asText()).isEqualTo("北京市总工会");
        assertThat(unionsByCode("bj.proposer")).doesNotContainKey((String) newUnion.get("code"));
        assertThat(pairingKeys(SEED_ROUND)).hasSize(33).contains("BJ>XJ-HT");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assistance_round WHERE code = ?").param(newRound.get("code"))
                .query(Long.class).single()).isZero();
        // the admin may call them (the read ones at least, here)
        assertThat(as("admin").get("/api/admin/rounds").status()).isEqualTo(200);
        assertThat(as("admin").get("/api/admin/unions/BJ/history").status()).isEqualTo(200);
    }

    /** A browser that is not signed in: it fetches the CSRF token as api.js does, then sends the write with it. */
    private int browserWithoutSignIn(String method, String path) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://localhost:" + port;
        browser.send(HttpRequest.newBuilder(URI.create(base + "/api/me")).GET().build(), BodyHandlers.discarding());
        String token = ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
                .method(method, BodyPublishers.ofString("{}")).build();
        return browser.send(request, BodyHandlers.discarding()).statusCode();
    }

    @Test
    void addsAPrefectureUnderARegionAndRecordsWhoDidIt() {
        String code = "XJ-N" + suffix();
        Api.Response created = as("admin").post("/api/admin/unions",
                union(code, "PREFECTURE", "XJ", "新设地区总工会 𠮷", "New Prefecture Federation of Trade Unions"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/admin/unions/" + code);
        assertThat(created.json().path("parentCode").asText()).isEqualTo("XJ");

        JsonNode listed = unionsByCode("bj.proposer").get(code);
        assertThat(listed).isNotNull();
        assertThat(listed.path("level").asText()).isEqualTo("PREFECTURE");
        assertThat(listed.path("nameZh").asText()).isEqualTo("新设地区总工会 𠮷");
        assertThat(listed.path("pairedWith")).isEmpty();

        JsonNode history = as("admin").get("/api/admin/unions/" + code + "/history").json();
        assertThat(history).hasSize(1);
        assertThat(history.get(0).path("action").asText()).isEqualTo("UNION_CREATED");
        assertThat(history.get(0).path("actor").asText()).isEqualTo("admin");
        assertThat(history.get(0).path("details").path("after").path("parentCode").asText()).isEqualTo("XJ");

        assertThat(as("admin").post("/api/admin/unions", union(code, "PREFECTURE", "XJ", "重复", "Again")).status())
                .isEqualTo(409);
        assertThat(as("admin").post("/api/admin/unions", union("BJ", "DONOR", null, "北京", "Beijing")).status())
                .isEqualTo(409);
    }

    @Test
    void changesAUnionsNamesAndParentKeepingItsCodeAndHistory() {
        String code = "BT-N" + suffix();
        assertThat(as("admin").post("/api/admin/unions",
                union(code, "DIVISION", "BT", "兵团新师总工会", "XPCC New Division")).status()).isEqualTo(201);

        Api.Response changed = as("admin").put("/api/admin/unions/" + code,
                union(null, "PREFECTURE", "XJ", "改名后的地区总工会", "Renamed Prefecture"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonNode listed = unionsByCode("xj.officer").get(code);
        assertThat(listed.path("nameEn").asText()).isEqualTo("Renamed Prefecture");
        assertThat(listed.path("parentCode").asText()).isEqualTo("XJ");
        assertThat(listed.path("level").asText()).isEqualTo("PREFECTURE");

        Api.Response renamedCode = as("admin").put("/api/admin/unions/" + code,
                union("XJ-OTHER", "PREFECTURE", "XJ", "改名后的地区总工会", "Renamed Prefecture"));
        assertThat(renamedCode.status()).isEqualTo(400);
        assertThat(renamedCode.errorFields()).containsExactly("code");

        JsonNode history = as("admin").get("/api/admin/unions/" + code + "/history").json();
        assertThat(history).hasSize(2);
        JsonNode change = history.get(1);
        assertThat(change.path("action").asText()).isEqualTo("UNION_CHANGED");
        assertThat(change.path("actor").asText()).isEqualTo("admin");
        assertThat(change.path("at").asText()).isNotBlank();
        assertThat(change.path("details").path("before").path("nameZh").asText()).isEqualTo("兵团新师总工会");
        assertThat(change.path("details").path("after").path("nameZh").asText()).isEqualTo("改名后的地区总工会");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE subject_type = 'UNION' AND actor = 'admin' AND details LIKE ?")
                .param("%" + code + "%").query(Long.class).single()).isEqualTo(2);

        // the same again changes nothing and records nothing
        assertThat(as("admin").put("/api/admin/unions/" + code,
                union(code, "PREFECTURE", "XJ", "改名后的地区总工会", "Renamed Prefecture")).status()).isEqualTo(200);
        assertThat(as("admin").get("/api/admin/unions/" + code + "/history").json()).hasSize(2);
        assertThat(as("admin").put("/api/admin/unions/NOPE-" + suffix(),
                union(null, "DONOR", null, "无", "None")).status()).isEqualTo(404);
    }

    @Test
    void refusesUnionsThatBreakTheHierarchyNamingTheField() {
        String code = "XJ-B" + suffix();
        Map<String, List<String>> refused = new LinkedHashMap<>();
        refused.put("donor under a region", fields(as("admin").post("/api/admin/unions", union(code, "DONOR", "XJ", "甲", "A"))));
        refused.put("prefecture without parent", fields(as("admin").post("/api/admin/unions", union(code, "PREFECTURE", null, "甲", "A"))));
        refused.put("prefecture under a donor", fields(as("admin").post("/api/admin/unions", union(code, "PREFECTURE", "BJ", "甲", "A"))));
        refused.put("division under a prefecture", fields(as("admin").post("/api/admin/unions", union(code, "DIVISION", "XJ-HT", "甲", "A"))));
        refused.put("parent unknown", fields(as("admin").post("/api/admin/unions", union(code, "DIVISION", "NOPE", "甲", "A"))));
        refused.put("unknown level", fields(as("admin").post("/api/admin/unions", union(code, "CITY", null, "甲", "A"))));
        refused.put("bad code", fields(as("admin").post("/api/admin/unions", union("xj <b>", "DONOR", null, "甲", "A"))));
        refused.put("code too long", fields(as("admin").post("/api/admin/unions", union("XJ-ABCDEFGHIJKLMN", "DONOR", null, "甲", "A"))));
        refused.put("no names", fields(as("admin").post("/api/admin/unions", union(code, "DONOR", null, " ", null))));
        refused.put("name too long", fields(as("admin").post("/api/admin/unions", union(code, "DONOR", null, "长".repeat(101), "A"))));
        refused.put("level as a number", fields(as("admin").postRaw("/api/admin/unions", "application/json",
                "{\"code\":\"" + code + "\",\"level\":1,\"nameZh\":\"甲\",\"nameEn\":\"A\"}")));
        refused.put("region to prefecture with subordinates", fields(as("admin").put("/api/admin/unions/XJ",
                union(null, "PREFECTURE", "BT", "新疆维吾尔自治区总工会", "Xinjiang"))));
        refused.put("donor in use to region", fields(as("admin").put("/api/admin/unions/BJ",
                union(null, "REGION", null, "北京市总工会", "Beijing Federation of Trade Unions"))));
        refused.put("own parent", fields(as("admin").put("/api/admin/unions/XJ-HT",
                union(null, "PREFECTURE", "XJ-HT", "和田地区总工会", "Hotan"))));
        assertThat(refused).containsExactly(
                Map.entry("donor under a region", List.of("parentCode")),
                Map.entry("prefecture without parent", List.of("parentCode")),
                Map.entry("prefecture under a donor", List.of("parentCode")),
                Map.entry("division under a prefecture", List.of("parentCode")),
                Map.entry("parent unknown", List.of("parentCode")),
                Map.entry("unknown level", List.of("level")),
                Map.entry("bad code", List.of("code")),
                Map.entry("code too long", List.of("code")),
                Map.entry("no names", List.of("nameZh", "nameEn")),
                Map.entry("name too long", List.of("nameZh")),
                Map.entry("level as a number", List.of("level")),
                Map.entry("region to prefecture with subordinates", List.of("level")),
                Map.entry("donor in use to region", List.of("level")),
                Map.entry("own parent", List.of("parentCode")));
        Map<String, JsonNode> unions = unionsByCode("admin");
        assertThat(unions).doesNotContainKey(code);
        assertThat(unions.get("XJ").path("level").asText()).isEqualTo("REGION");
        assertThat(unions.get("BJ").path("level").asText()).isEqualTo("DONOR");
        assertThat(unions.get("XJ-HT").path("parentCode").asText()).isEqualTo("XJ");
    }

    /** The problem's field names, after checking it is a 400. */
    private static List<String> fields(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return response.errorFields();
    }

    @Test
    void opensAFutureRoundWithItsOwnPairingsWhileTheOldRoundKeepsItsOwn() {
        String code = "2081-2085-" + suffix();
        Api.Response created = as("admin").post("/api/admin/rounds", round(code, 2081, 2085, SEED_ROUND));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("pairingCount").asInt()).isEqualTo(33);
        assertThat(created.json().path("inForce").asBoolean()).isFalse();

        // HN is paired with XJ-TL in 2021-2025; from 2081 with XJ-AK instead
        assertThat(as("admin").delete("/api/admin/rounds/" + code + "/pairings/HN/XJ-TL").status()).isEqualTo(204);
        Api.Response added = as("admin").post("/api/admin/rounds/" + code + "/pairings",
                Map.of("donorCode", "HN", "recipientCode", "XJ-AK", "countiesZh", "库车市"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(as("admin").put("/api/admin/rounds/" + code + "/pairings/HN/XJ-AK", Map.of("countiesZh", "库车市 沙雅县"))
                .json().path("countiesZh").asText()).isEqualTo("库车市 沙雅县");
        assertThat(as("admin").post("/api/admin/rounds/" + code + "/pairings",
                Map.of("donorCode", "HN", "recipientCode", "XJ-AK")).status()).isEqualTo(409);
        assertThat(as("admin").delete("/api/admin/rounds/" + code + "/pairings/HN/XJ-TL").status()).isEqualTo(404);

        assertThat(pairingKeys(code)).hasSize(33).contains("HN>XJ-AK").doesNotContain("HN>XJ-TL");
        assertThat(pairingKeys(SEED_ROUND)).hasSize(33).contains("HN>XJ-TL").doesNotContain("HN>XJ-AK");
        // /api/unions shows the round in force now, or the round asked for
        assertThat(unionsByCode("hn.proposer").get("HN").path("pairedWith").toString()).contains("XJ-TL").doesNotContain("XJ-AK");
        JsonNode future = as("hn.proposer").get("/api/unions?round=" + code).json();
        future.forEach(u -> {
            if (u.path("code").asText().equals("HN")) {
                assertThat(u.path("pairedWith").toString()).contains("\"XJ-AK\"", "\"XJ\"").doesNotContain("XJ-TL");
            }
        });
        assertThat(as("hn.proposer").get("/api/unions?round=NOPE").status()).isEqualTo(400);

        // an agreement is paired in the round in force in the year it starts
        Map<String, Object> in2082 = new HashMap<>(agreementDraft("XJ-AK", 1000));
        in2082.put("startDate", "2082-01-01");
        in2082.put("endDate", "2083-12-31");
        Api.Response paired = as("hn.proposer").post("/api/agreements", in2082);
        assertThat(paired.status()).as(paired.body()).isEqualTo(201);
        assertThat(as("hn.proposer").post("/api/agreements/" + paired.json().path("id").asLong() + "/withdraw", Map.of())
                .status()).isEqualTo(204);
        in2082.put("recipientUnion", "XJ-TL");
        Api.Response notPaired = as("hn.proposer").post("/api/agreements", in2082);
        assertThat(notPaired.status()).isEqualTo(400);
        assertThat(notPaired.errorFields()).containsExactly("recipientUnion");
        Map<String, Object> thisRound = new HashMap<>(agreementDraft("XJ-AK", 1000));
        assertThat(as("hn.proposer").post("/api/agreements", thisRound).status()).isEqualTo(400);

        JsonNode history = as("admin").get("/api/admin/rounds/" + code + "/history").json();
        assertThat(history).extracting(h -> h.path("action").asText())
                .containsExactly("ROUND_CREATED", "PAIRING_REMOVED", "PAIRING_ADDED", "PAIRING_CHANGED");
        assertThat(history.get(0).path("details").path("pairingsCopied").asInt()).isEqualTo(33);
        assertThat(history.get(3).path("details").path("before").path("countiesZh").asText()).isEqualTo("库车市");
        JsonNode listed = as("admin").get("/api/admin/rounds").json();
        assertThat(listed).extracting(r -> r.path("code").asText()).contains(SEED_ROUND, code);
        listed.forEach(r -> {
            if (r.path("code").asText().equals(SEED_ROUND)) {
                assertThat(r.path("closed").asBoolean()).isTrue();
                assertThat(r.path("inForce").asBoolean()).isTrue();
            }
        });
    }

    @Test
    void replacesARoundsPairingsAtOnceAndRecordsTheDifference() {
        String code = "2086-2088-" + suffix();
        assertThat(as("admin").post("/api/admin/rounds", round(code, 2086, 2088, null)).status()).isEqualTo(201);
        assertThat(pairingKeys(code)).isEmpty();
        List<Map<String, Object>> pairings = List.of(
                Map.of("donorCode", "BJ", "recipientCode", "XJ-KS", "countiesZh", "喀什市"),
                Map.of("donorCode", "SH", "recipientCode", "XJ-HT"));
        Api.Response replaced = as("admin").put("/api/admin/rounds/" + code + "/pairings", Map.of("pairings", pairings));
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(pairingKeys(code)).containsExactlyInAnyOrder("BJ>XJ-KS", "SH>XJ-HT");

        Api.Response again = as("admin").put("/api/admin/rounds/" + code + "/pairings", Map.of("pairings", List.of(
                Map.of("donorCode", "BJ", "recipientCode", "XJ-KS", "countiesZh", "喀什市 疏附县"),
                Map.of("donorCode", "GD", "recipientCode", "BT-3"))));
        assertThat(again.status()).isEqualTo(200);
        assertThat(pairingKeys(code)).containsExactlyInAnyOrder("BJ>XJ-KS", "GD>BT-3");
        JsonNode last = as("admin").get("/api/admin/rounds/" + code + "/history").json().get(2);
        assertThat(last.path("action").asText()).isEqualTo("PAIRINGS_REPLACED");
        assertThat(last.path("details").path("added").toString()).contains("BT-3");
        assertThat(last.path("details").path("removed").toString()).contains("XJ-HT");
        assertThat(last.path("details").path("changed").toString()).contains("喀什市 疏附县");

        Api.Response bad = as("admin").put("/api/admin/rounds/" + code + "/pairings", Map.of("pairings", List.of(
                Map.of("donorCode", "XJ", "recipientCode", "XJ-KS"),
                Map.of("donorCode", "BJ", "recipientCode", "SH"),
                Map.of("donorCode", "GD", "recipientCode", "BT-3"),
                Map.of("donorCode", "GD", "recipientCode", "BT-3"),
                Map.of("recipientCode", "NOPE"))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("pairings[0].donorCode", "pairings[1].recipientCode", "pairings[3]",
                "pairings[4].donorCode", "pairings[4].recipientCode");
        assertThat(as("admin").put("/api/admin/rounds/" + code + "/pairings", Map.of()).errorFields()).containsExactly("pairings");
        assertThat(pairingKeys(code)).containsExactlyInAnyOrder("BJ>XJ-KS", "GD>BT-3");
    }

    @Test
    void refusesBadRoundsNamingTheFieldAndOverlapsAsConflicts() {
        String code = "2091-2095-" + suffix();
        assertThat(as("admin").post("/api/admin/rounds", round(code, 2091, 2095, null)).status()).isEqualTo(201);

        Map<String, Object> empty = new HashMap<>();
        assertThat(fields(as("admin").post("/api/admin/rounds", empty)))
                .containsExactlyInAnyOrder("code", "nameZh", "nameEn", "startYear", "endYear");
        assertThat(fields(as("admin").post("/api/admin/rounds", round("2096-2097", 2097, 2096, null)))).containsExactly("endYear");
        assertThat(fields(as("admin").post("/api/admin/rounds", round("2016-2020", 2016, 2020, null)))).containsExactly("endYear");
        assertThat(fields(as("admin").post("/api/admin/rounds", round("1999-2001", 1999, 2001, null)))).containsExactly("startYear");
        assertThat(fields(as("admin").post("/api/admin/rounds", round("bad code!", 2096, 2097, null)))).containsExactly("code");
        assertThat(fields(as("admin").post("/api/admin/rounds", round("2096-2097", 2096, 2097, "NOPE")))).containsExactly("copyPairingsFrom");
        Map<String, Object> textYear = round("2096-2097", 2096, 2097, null);
        textYear.put("startYear", "2096");
        assertThat(fields(as("admin").post("/api/admin/rounds", textYear))).containsExactly("startYear");
        Map<String, Object> halfYear = round("2096-2097", 2096, 2097, null);
        halfYear.put("endYear", 2096.5);
        assertThat(fields(as("admin").post("/api/admin/rounds", halfYear))).containsExactly("endYear");
        assertThat(as("admin").postRaw("/api/admin/rounds", "application/json", "{\"code\":").status()).isEqualTo(400);

        Api.Response overlapping = as("admin").post("/api/admin/rounds", round("2093-2097-" + suffix(), 2093, 2097, null));
        assertThat(overlapping.status()).isEqualTo(409);
        assertThat(overlapping.json().path("detail").asText()).contains(code);
        assertThat(as("admin").post("/api/admin/rounds", round(code, 2099, 2100, null)).status()).isEqualTo(409);
        assertThat(as("admin").put("/api/admin/rounds/" + code, round(null, 2020, 2026, null)).status()).isEqualTo(409);
        assertThat(fields(as("admin").put("/api/admin/rounds/" + code, round("OTHER", 2091, 2095, null)))).containsExactly("code");

        // the 2021-2025 round is history: its pairings and years stay, and it cannot go
        Map<String, Object> pairing = Map.of("donorCode", "BJ", "recipientCode", "XJ-KS");
        assertThat(as("admin").post("/api/admin/rounds/" + SEED_ROUND + "/pairings", pairing).status()).isEqualTo(409);
        assertThat(as("admin").put("/api/admin/rounds/" + SEED_ROUND + "/pairings", Map.of("pairings", List.of(pairing)))
                .status()).isEqualTo(409);
        assertThat(as("admin").delete("/api/admin/rounds/" + SEED_ROUND + "/pairings/BJ/XJ-HT").status()).isEqualTo(409);
        assertThat(as("admin").put("/api/admin/rounds/" + SEED_ROUND, round(null, 2021, 2026, null)).status()).isEqualTo(409);
        assertThat(as("admin").delete("/api/admin/rounds/" + SEED_ROUND).status()).isEqualTo(409);
        assertThat(pairingKeys(SEED_ROUND)).hasSize(33).contains("BJ>XJ-HT").doesNotContain("BJ>XJ-KS");

        // a round's names may still be corrected, in Chinese and English
        Map<String, Object> renamed = round(null, 2091, 2095, null);
        renamed.put("nameZh", "第九轮 2091—2095年");
        Api.Response changed = as("admin").put("/api/admin/rounds/" + code, renamed);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(as("admin").get("/api/admin/rounds/" + code).json().path("nameZh").asText()).isEqualTo("第九轮 2091—2095年");

        for (String unknown : List.of("/api/admin/rounds/NOPE", "/api/admin/rounds/NOPE/pairings", "/api/admin/rounds/NOPE/history")) {
            assertThat(as("admin").get(unknown).status()).as(unknown).isEqualTo(404);
        }
        assertThat(as("admin").post("/api/admin/rounds/NOPE/pairings", pairing).status()).isEqualTo(404);
    }

    @Test
    void deletesARoundThatHasNotBegunAndRemembersIt() {
        String code = "2089-2090-" + suffix();
        assertThat(as("admin").post("/api/admin/rounds", round(code, 2089, 2090, SEED_ROUND)).status()).isEqualTo(201);
        long id = jdbc.sql("SELECT id FROM assistance_round WHERE code = ?").param(code).query(Long.class).single();
        assertThat(as("admin").delete("/api/admin/rounds/" + code).status()).isEqualTo(204);
        assertThat(as("admin").get("/api/admin/rounds/" + code).status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pairing WHERE round_code = ?").param(code).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT action FROM audit_record WHERE subject_type = 'ROUND' AND subject_id = ? ORDER BY id")
                .param(id).query(String.class).list()).containsExactly("ROUND_CREATED", "ROUND_DELETED");
        assertThat(pairingKeys(SEED_ROUND)).hasSize(33);
    }

    @Test
    void leavesAChangedDirectoryAloneWhenTheSeedFilesAreImportedAgain() {
        String code = "XJ-I" + suffix();
        assertThat(as("admin").post("/api/admin/unions", union(code, "PREFECTURE", "XJ", "导入测试", "Import test")).status())
                .isEqualTo(201);
        assertThat(as("admin").put("/api/admin/unions/" + code, union(null, "PREFECTURE", "XJ", "导入后仍在", "Still here"))
                .status()).isEqualTo(200);

        assertThat(directoryImport.importSeedFilesIntoEmptyDirectory()).isFalse();

        assertThat(jdbc.sql("SELECT name_zh FROM union_org WHERE code = ?").param(code).query(String.class).single())
                .isEqualTo("导入后仍在");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pairing WHERE round_code = ?").param(SEED_ROUND).query(Long.class).single())
                .isEqualTo(33);
    }
}
