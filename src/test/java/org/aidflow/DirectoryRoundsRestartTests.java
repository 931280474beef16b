package org.aidflow;

import static org.aidflow.OwnDatabaseApp.api;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.aidflow.directory.Directory;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The round of the present year on a database of its own (a new round in force now would change
 * the pairings every other API test relies on): the administrator opens 2026–2030 with its own
 * pairings; 2021–2025 keeps its pairings, agreements drafted under it go on, new agreements follow
 * the round of their start year; and after a restart the seed files overwrite nothing.
 */
class DirectoryRoundsRestartTests {

    @Test
    void opensTheRoundOfThisYearKeepsTheOldOneAndKeepsEditsAcrossARestart() throws Exception {
        int year = Directory.currentYear();
        int start = Math.max(2026, year);
        String newRound = start + "-" + (start + 4);
        String thisYear = start + "-03-01";
        String today = LocalDate.now(Directory.PROGRAM_ZONE).toString();
        try (OwnDatabaseApp app = new OwnDatabaseApp("rounds")) {
            long underOldRound;
            try (ConfigurableApplicationContext first = app.start()) {
                Api admin = api(first, "admin");
                Api bj = api(first, "bj.proposer");
                Api.Response renamed = admin.put("/api/admin/unions/XJ-HT", Map.of("level", "PREFECTURE", "parentCode", "XJ",
                        "nameZh", "和田地区总工会（改）", "nameEn", "Hotan Prefecture Federation of Trade Unions (renamed)"));
                assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);

                // drafted while 2021-2025 is in force: BJ with XJ-HT, starting this year
                JsonNode drafted = bj.post("/api/agreements", draft("XJ-HT", thisYear)).json();
                underOldRound = drafted.path("id").asLong();
                assertThat(drafted.path("status").asText()).isEqualTo("UNDER_REVIEW");

                Map<String, Object> round = new HashMap<>();
                round.put("code", newRound);
                round.put("nameZh", start + "—" + (start + 4) + "年对口援疆");
                round.put("nameEn", "Paired assistance " + start + "–" + (start + 4));
                round.put("startYear", start);
                round.put("endYear", start + 4);
                Api.Response opened = admin.post("/api/admin/rounds", round);
                assertThat(opened.status()).as(opened.body()).isEqualTo(201);
                assertThat(opened.json().path("inForce").asBoolean()).isEqualTo(start == year);
                Api.Response paired = admin.put("/api/admin/rounds/" + newRound + "/pairings", Map.of("pairings", List.of(
                        Map.of("donorCode", "BJ", "recipientCode", "XJ-KS", "countiesZh", "喀什市"),
                        Map.of("donorCode", "SH", "recipientCode", "XJ-HT", "countiesZh", "和田市"))));
                assertThat(paired.status()).as(paired.body()).isEqualTo(200);

                // the old round keeps its pairings
                assertThat(pairingKeys(admin, "2021-2025")).hasSize(33).contains("BJ>XJ-HT", "SH>XJ-KS");
                assertThat(pairingKeys(admin, newRound)).containsExactlyInAnyOrder("BJ>XJ-KS", "SH>XJ-HT");

                // new agreements follow the round of their start year
                assertThat(bj.post("/api/agreements", draft("XJ-HT", thisYear)).errorFields()).containsExactly("recipientUnion");
                assertThat(bj.post("/api/agreements", draft("BT-14", thisYear)).errorFields()).containsExactly("recipientUnion");
                assertThat(bj.post("/api/agreements", draft("XJ-KS", thisYear)).status()).isEqualTo(201);
                assertThat(bj.post("/api/agreements", draft("XJ", thisYear)).status()).isEqualTo(201);
                assertThat(bj.post("/api/agreements", draft("XJ-HT", "2025-03-01")).status()).isEqualTo(201);
                assertThat(api(first, "sh.proposer").post("/api/agreements", draft("XJ-HT", thisYear)).status()).isEqualTo(201);
                if (start == year) {
                    JsonNode bjUnion = union(bj, "BJ");
                    assertThat(bjUnion.path("pairedWith").toString()).contains("\"XJ-KS\"").doesNotContain("XJ-HT", "BT-14");
                }

                // the agreement drafted under the old round goes on to signing
                String code = drafted.path("code").asText();
                Api hotanLeader = api(first, "xj-ht.leader");
                assertThat(complete(hotanLeader, "reviewAgreement", code, Map.of("decision", "APPROVE"))).isEqualTo(204);
                long donorCopy = upload(api(first, "bj.leader"), underOldRound);
                long recipientCopy = upload(hotanLeader, underOldRound);
                assertThat(complete(api(first, "bj.leader"), "signAgreementDonor", code,
                        Map.of("signatory", "张三", "signedOn", today, "documentId", donorCopy))).isEqualTo(204);
                assertThat(complete(hotanLeader, "signAgreementRecipient", code,
                        Map.of("signatory", "艾力", "signedOn", today, "documentId", recipientCopy))).isEqualTo(204);
                assertThat(bj.get("/api/agreements/" + underOldRound).json().path("status").asText()).isEqualTo("ACTIVE");
            }

            try (ConfigurableApplicationContext second = app.start()) {
                Api admin = api(second, "admin");
                Api bj = api(second, "bj.proposer");
                JsonNode hotan = union(bj, "XJ-HT");
                assertThat(hotan.path("nameZh").asText()).isEqualTo("和田地区总工会（改）");
                assertThat(hotan.path("nameEn").asText()).isEqualTo("Hotan Prefecture Federation of Trade Unions (renamed)");
                assertThat(bj.get("/api/unions").json()).hasSize(46);
                assertThat(pairingKeys(admin, "2021-2025")).hasSize(33).contains("BJ>XJ-HT");
                assertThat(pairingKeys(admin, newRound)).containsExactlyInAnyOrder("BJ>XJ-KS", "SH>XJ-HT");
                assertThat(admin.get("/api/admin/unions/XJ-HT/history").json()).hasSize(1);
                assertThat(bj.get("/api/agreements/" + underOldRound).json().path("status").asText()).isEqualTo("ACTIVE");
                assertThat(bj.post("/api/agreements", draft("XJ-HT", thisYear)).errorFields()).containsExactly("recipientUnion");
                assertThat(bj.post("/api/agreements", draft("XJ-KS", thisYear)).status()).isEqualTo(201);
            }
        }
    }

    private static Map<String, Object> draft(String recipient, String startDate) {
        LocalDate start = LocalDate.parse(startDate);
        return Map.of("recipientUnion", recipient, "title", "轮次测试 Round test", "focusAreas", List.of("LIVELIHOOD"),
                "intendedAmount", 1000, "startDate", startDate, "endDate", start.plusYears(1).toString());
    }

    private static List<String> pairingKeys(Api admin, String round) {
        Api.Response response = admin.get("/api/admin/rounds/" + round + "/pairings");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> keys = new ArrayList<>();
        response.json().path("pairings").forEach(p -> keys.add(p.path("donorCode").asText() + ">" + p.path("recipientCode").asText()));
        return keys;
    }

    private static JsonNode union(Api api, String code) {
        for (JsonNode u : api.get("/api/unions").json()) {
            if (u.path("code").asText().equals(code)) {
                return u;
            }
        }
        throw new AssertionError("no union " + code);
    }

    private static int complete(Api api, String taskKey, String businessKey, Map<String, Object> form) {
        JsonNode inbox = api.get("/api/tasks?taskKey=" + taskKey + "&businessKey=" + businessKey).json();
        assertThat(inbox.path("items")).hasSize(1);
        Api.Response done = api.post("/api/tasks/" + inbox.path("items").get(0).path("id").asText() + "/complete", form);
        assertThat(done.status()).as(done.body()).isEqualTo(204);
        return done.status();
    }

    private static long upload(Api api, long agreementId) {
        Api.Response uploaded = api.upload("signed.pdf", "application/pdf", ApiTests.PDF, "agreementId", String.valueOf(agreementId));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        return uploaded.json().path("id").asLong();
    }
}
