package org.aidflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aidflow.Api;
import org.aidflow.ApiTests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The summary report against projects this class drives through the API as the demo users: a
 * Beijing project under way, one approved, one under review and one rejected, all in Hotan, and a
 * Shanghai project in Kashgar. The shared test database holds other classes' projects too, so the
 * checks compare what changed between a report taken before and one taken after, and reconcile
 * the whole report with the database at the same moment.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummaryReportTests extends ApiTests {

    private static final String[] GROUP_BYS = {"typeGroup", "type", "donor", "recipient", "focusArea", "status"};
    private static final String[] AUDITORS = {"acftu.auditor", "bj.auditor"};

    /** Reports taken before the projects below existed, by user and then by groupBy. */
    private final Map<String, Map<String, JsonNode>> before = new HashMap<>();
    private final Map<String, JsonNode> rejectedBefore = new HashMap<>();

    @BeforeAll
    void createProjects() {
        for (String user : AUDITORS) {
            for (String groupBy : GROUP_BYS) {
                before.computeIfAbsent(user, u -> new HashMap<>()).put(groupBy, summary(user, groupBy));
            }
            rejectedBefore.put(user, report(user, "groupBy=status&status=REJECTED"));
        }

        long bj = activeAgreement("BJ", "XJ-HT", 1_000_000).path("id").asLong();
        // a worker library of 300,000 under way: the first tranche received, the second transferred only
        String library = submit("bj", draft(bj, "XJ-HT", "WORKER_LIBRARY", List.of("CULTURE", "FACILITY"), "300000",
                "100000.50", "50000", "149999.50"));
        approve("bj", "xj-ht", library, true);
        pay("bj", "xj-ht", library, "100000.50", false, true);
        pay("bj", "xj-ht", library, "50000", true, false);
        // cadre training approved, nothing paid yet
        String training = submit("bj", draft(bj, "XJ-HT", "CADRE_TRAINING", List.of("TALENT"), "120000.25", "120000.25"));
        approve("bj", "xj-ht", training, false);
        // warmth delivery still under review
        submit("bj", draft(bj, "XJ-HT", "WARMTH_DELIVERY", List.of("LIVELIHOOD"), "5000", "5000"));
        // a rejected proposal, counted only when asked for
        String rejected = submit("bj", draft(bj, "XJ-HT", "NURSING_ROOM", List.of("LIVELIHOOD"), "4321.09", "4321.09"));
        completeOk("bj.leader", "approveProposalDonor", rejected, Map.of("decision", "REJECT", "comment", "不列入本年度计划"));

        long sh = activeAgreement("SH", "XJ-KS", 500_000).path("id").asLong();
        // a cultural exchange paid and received in its one tranche, so awaiting its completion report
        String exchange = submit("sh", draft(sh, "XJ-KS", "CULTURAL_EXCHANGE", List.of("CULTURE"), "77777.77", "77777.77"));
        approve("sh", "xj-ks", exchange, false);
        pay("sh", "xj-ks", exchange, "77777.77", false, true);
    }

    @Test
    void addsExactlyTheNewProjectsToEveryGroupingForTheNationalAuditor() {
        Map<String, Map<String, Figures>> expected = Map.of(
                "typeGroup", Map.of("SERVICE_FACILITY", LIBRARY, "TALENT_INDUSTRY", TRAINING, "RELIEF", WARMTH,
                        "CULTURE_EDUCATION", EXCHANGE),
                "type", Map.of("WORKER_LIBRARY", LIBRARY, "CADRE_TRAINING", TRAINING, "WARMTH_DELIVERY", WARMTH,
                        "CULTURAL_EXCHANGE", EXCHANGE),
                "donor", Map.of("BJ", LIBRARY.plus(TRAINING).plus(WARMTH), "SH", EXCHANGE),
                "recipient", Map.of("XJ-HT", LIBRARY.plus(TRAINING).plus(WARMTH), "XJ-KS", EXCHANGE),
                "focusArea", Map.of("CULTURE", LIBRARY.plus(EXCHANGE), "FACILITY", LIBRARY, "TALENT", TRAINING,
                        "LIVELIHOOD", WARMTH),
                "status", Map.of("IN_PROGRESS", LIBRARY, "APPROVED", TRAINING, "UNDER_REVIEW", WARMTH,
                        "COMPLETION_REVIEW", EXCHANGE));
        for (String groupBy : GROUP_BYS) {
            JsonNode after = summary("acftu.auditor", groupBy);
            assertThat(changes(before.get("acftu.auditor").get(groupBy), after)).as(groupBy).isEqualTo(expected.get(groupBy));
            assertThat(Figures.of(after.path("totals")).minus(Figures.of(before.get("acftu.auditor").get(groupBy).path("totals"))))
                    .as("totals by %s count every project once", groupBy)
                    .isEqualTo(LIBRARY.plus(TRAINING).plus(WARMTH).plus(EXCHANGE));
        }
    }

    @Test
    void showsTheBeijingAuditorBeijingsProjectsAndNoneOfShanghais() {
        Map<String, Map<String, Figures>> expected = Map.of(
                "typeGroup", Map.of("SERVICE_FACILITY", LIBRARY, "TALENT_INDUSTRY", TRAINING, "RELIEF", WARMTH),
                "type", Map.of("WORKER_LIBRARY", LIBRARY, "CADRE_TRAINING", TRAINING, "WARMTH_DELIVERY", WARMTH),
                "donor", Map.of("BJ", LIBRARY.plus(TRAINING).plus(WARMTH)),
                "recipient", Map.of("XJ-HT", LIBRARY.plus(TRAINING).plus(WARMTH)),
                "focusArea", Map.of("CULTURE", LIBRARY, "FACILITY", LIBRARY, "TALENT", TRAINING, "LIVELIHOOD", WARMTH),
                "status", Map.of("IN_PROGRESS", LIBRARY, "APPROVED", TRAINING, "UNDER_REVIEW", WARMTH));
        for (String groupBy : GROUP_BYS) {
            JsonNode after = summary("bj.auditor", groupBy);
            assertThat(changes(before.get("bj.auditor").get(groupBy), after)).as(groupBy).isEqualTo(expected.get(groupBy));
        }
        JsonNode byDonor = summary("bj.auditor", "donor");
        assertThat(keys(byDonor)).containsExactly("BJ");
        assertThat(byDonor.path("rows").get(0).path("labelZh").asText()).isEqualTo("北京市总工会");
        assertThat(byDonor.path("rows").get(0).path("labelEn").asText()).isEqualTo("Beijing Federation of Trade Unions");
        assertThat(keys(summary("bj.auditor", "recipient"))).doesNotContain("XJ-KS");
        assertThat(keys(summary("acftu.auditor", "donor"))).contains("BJ", "SH");
    }

    @Test
    void reconcilesEveryGroupingWithTheProjectsAndLedgerEachAuditorMaySee() {
        for (String user : AUDITORS) {
            for (String groupBy : GROUP_BYS) {
                JsonNode report = summary(user, groupBy);
                Map<String, Figures> expected = new HashMap<>();
                Figures totals = Figures.NONE;
                for (ProjectFigures p : visibleLiveProjects(user)) {
                    totals = totals.plus(p.figures());
                    for (String key : p.keys(groupBy)) {
                        expected.merge(key, p.figures(), Figures::plus);
                    }
                }
                assertThat(rows(report)).as("%s by %s", user, groupBy).isEqualTo(expected);
                assertThat(Figures.of(report.path("totals"))).as("%s totals by %s", user, groupBy).isEqualTo(totals);
            }
        }
    }

    @Test
    void labelsEveryRowInChineseAndEnglish() {
        JsonNode byGroup = summary("acftu.auditor", "typeGroup");
        assertThat(byGroup.path("groupBy").asText()).isEqualTo("typeGroup");
        assertThat(texts(byGroup.path("statuses"))).containsExactly("UNDER_REVIEW", "APPROVED", "IN_PROGRESS",
                "COMPLETION_REVIEW", "CLOSED", "FAILED");
        JsonNode facilities = row(byGroup, "SERVICE_FACILITY");
        assertThat(facilities.path("labelZh").asText()).isEqualTo("直接服务职工设施");
        assertThat(facilities.path("labelEn").asText()).isEqualTo("Service facilities for workers");
        assertThat(row(summary("acftu.auditor", "type"), "WORKER_LIBRARY").path("labelZh").asText()).isEqualTo("职工书屋");
        assertThat(row(summary("acftu.auditor", "focusArea"), "CULTURE").path("labelZh").asText()).isEqualTo("文化润疆");
        assertThat(row(summary("acftu.auditor", "status"), "IN_PROGRESS").path("labelEn").asText()).isEqualTo("In progress");
        assertThat(row(summary("acftu.auditor", "recipient"), "XJ-KS").path("labelZh").asText()).isEqualTo("喀什地区总工会");
        assertThat(keys(summary("acftu.auditor", "typeGroup"))).isSubsetOf("SERVICE_FACILITY", "TALENT_INDUSTRY", "RELIEF",
                "CULTURE_EDUCATION").startsWith("SERVICE_FACILITY");
    }

    @Test
    void countsRejectedProjectsOnlyWhenAskedFor() {
        JsonNode rejected = report("bj.auditor", "groupBy=status&status=REJECTED");
        assertThat(texts(rejected.path("statuses"))).containsExactly("REJECTED");
        assertThat(keys(rejected)).containsOnly("REJECTED");
        assertThat(changes(rejectedBefore.get("bj.auditor"), rejected))
                .isEqualTo(Map.of("REJECTED", new Figures(1, money("4321.09"), money("0"), money("0"), money("0"))));
        assertThat(keys(summary("bj.auditor", "status"))).doesNotContain("REJECTED", "WITHDRAWN");
        JsonNode both = report("bj.auditor", "groupBy=status&status=REJECTED,IN_PROGRESS");
        assertThat(texts(both.path("statuses"))).containsExactly("IN_PROGRESS", "REJECTED");
    }

    @Test
    void showsARecipientTheProjectsSitedWithItAndAnAdministratorNothing() {
        JsonNode hotan = summary("xj-ht.finance", "donor");
        assertThat(keys(hotan)).contains("BJ").doesNotContain("SH");
        JsonNode region = summary("xj.leader", "recipient");
        assertThat(keys(region)).contains("XJ-HT", "XJ-KS").allMatch(k -> k.startsWith("XJ"));
        JsonNode admin = summary("admin", "donor");
        assertThat(admin.path("rows")).isEmpty();
        assertThat(admin.path("totals").path("projects").asLong()).isZero();
    }

    @Test
    void refusesUnknownGroupingsFormatsAndStatuses() {
        for (String query : new String[] {"groupBy=colour", "groupBy=", "groupBy=typeGroup&format=pdf",
                "groupBy=typeGroup&status=LOST", "groupBy=TYPEGROUP"}) {
            Api.Response refused = as("acftu.auditor").get("/api/reports/summary?" + query);
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().path("errors")).as(query).isNotEmpty();
        }
        Api.Response missing = as("acftu.auditor").get("/api/reports/summary");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).containsExactly("groupBy");
        Api.Response unknown = as("acftu.auditor").get("/api/reports/summary?groupBy=colour&format=doc");
        assertThat(unknown.errorFields()).containsExactly("groupBy", "format");
        assertThat(unknown.json().path("detail").asText()).contains("typeGroup, type, donor, recipient, focusArea, status");
    }

    @Test
    void refusesSomeoneNotSignedIn() {
        for (String format : new String[] {"json", "csv", "xlsx"}) {
            Api.Response refused = anonymous().get("/api/reports/summary?groupBy=donor&format=" + format);
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    // --- the figures of the projects created above ---------------------------------------------------------------

    static final Figures LIBRARY = new Figures(1, money("300000"), money("150000.50"), money("100000.50"), money("0"));
    static final Figures TRAINING = new Figures(1, money("120000.25"), money("0"), money("0"), money("0"));
    static final Figures WARMTH = new Figures(1, money("5000"), money("0"), money("0"), money("0"));
    static final Figures EXCHANGE = new Figures(1, money("77777.77"), money("77777.77"), money("77777.77"), money("0"));

    /** One row's figures, compared exactly (amounts at scale 2). */
    record Figures(long projects, BigDecimal budget, BigDecimal transferred, BigDecimal received, BigDecimal spent) {

        static final Figures NONE = new Figures(0, money("0"), money("0"), money("0"), money("0"));

        static Figures of(JsonNode row) {
            return new Figures(row.path("projects").asLong(), money(row.path("budget").decimalValue()),
                    money(row.path("transferred").decimalValue()), money(row.path("received").decimalValue()),
                    money(row.path("spent").decimalValue()));
        }

        Figures plus(Figures o) {
            return new Figures(projects + o.projects, budget.add(o.budget), transferred.add(o.transferred),
                    received.add(o.received), spent.add(o.spent));
        }

        Figures minus(Figures o) {
            return new Figures(projects - o.projects, budget.subtract(o.budget), transferred.subtract(o.transferred),
                    received.subtract(o.received), spent.subtract(o.spent));
        }
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount).setScale(2);
    }

    static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2);
    }

    /** A project as the database holds it, with its ledger sums: the expectation, computed apart from the report. */
    record ProjectFigures(String donor, String recipient, String type, String typeGroup, String focusAreas, String status,
                          Figures figures) {

        List<String> keys(String groupBy) {
            return switch (groupBy) {
                case "typeGroup" -> List.of(typeGroup);
                case "type" -> List.of(type);
                case "donor" -> List.of(donor);
                case "recipient" -> List.of(recipient);
                case "focusArea" -> List.of(focusAreas.split(","));
                case "status" -> List.of(status);
                default -> throw new IllegalArgumentException(groupBy);
            };
        }
    }

    /** Every live project the auditor may see (ACFTU everything, a donor auditor its union's), summed entry by entry. */
    private List<ProjectFigures> visibleLiveProjects(String user) {
        Map<Long, Map<String, BigDecimal>> sums = new HashMap<>();
        jdbc.sql("SELECT project_id, entry_type, amount FROM ledger_entry").query(rs -> {
            sums.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).merge(rs.getString(2), rs.getBigDecimal(3), BigDecimal::add);
        });
        String donor = user.equals("bj.auditor") ? "BJ" : null;
        List<ProjectFigures> projects = new ArrayList<>();
        jdbc.sql("SELECT id, donor_code, recipient_code, project_type, type_group, focus_areas, status, budget FROM project")
                .query(rs -> {
                    String status = rs.getString(7);
                    if (status.equals("REJECTED") || status.equals("WITHDRAWN") || (donor != null && !donor.equals(rs.getString(2)))) {
                        return;
                    }
                    Map<String, BigDecimal> s = sums.getOrDefault(rs.getLong(1), Map.of());
                    Figures f = new Figures(1, money(rs.getBigDecimal(8)), money(s.getOrDefault("TRANSFER", BigDecimal.ZERO)),
                            money(s.getOrDefault("RECEIPT", BigDecimal.ZERO)), money(s.getOrDefault("SPEND", BigDecimal.ZERO)));
                    projects.add(new ProjectFigures(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), status, f));
                });
        return projects;
    }

    // --- reading reports -------------------------------------------------------------------------------------------

    private JsonNode summary(String user, String groupBy) {
        return report(user, "groupBy=" + groupBy);
    }

    private JsonNode report(String user, String query) {
        Api.Response response = as(user).get("/api/reports/summary?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    static Map<String, Figures> rows(JsonNode report) {
        Map<String, Figures> rows = new LinkedHashMap<>();
        report.path("rows").forEach(r -> rows.put(r.path("key").asText(), Figures.of(r)));
        return rows;
    }

    /** The rows that changed between two reports, and by how much. */
    private static Map<String, Figures> changes(JsonNode before, JsonNode after) {
        Map<String, Figures> old = rows(before);
        Map<String, Figures> changed = new HashMap<>();
        rows(after).forEach((key, figures) -> {
            Figures delta = figures.minus(old.getOrDefault(key, Figures.NONE));
            if (!delta.equals(Figures.NONE)) {
                changed.put(key, delta);
            }
        });
        assertThat(old.keySet()).as("no row disappears").isSubsetOf(rows(after).keySet());
        return changed;
    }

    static List<String> keys(JsonNode report) {
        List<String> keys = new ArrayList<>();
        report.path("rows").forEach(r -> keys.add(r.path("key").asText()));
        return keys;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static JsonNode row(JsonNode report, String key) {
        for (JsonNode r : report.path("rows")) {
            if (r.path("key").asText().equals(key)) {
                return r;
            }
        }
        throw new AssertionError("no row " + key + " in " + report);
    }

    // --- driving projects through the API as the demo users ----------------------------------------------------------

    private static Map<String, Object> draft(long agreementId, String recipient, String type, List<String> focusAreas,
                                             String budget, String... tranches) {
        List<Map<String, Object>> plan = new ArrayList<>();
        for (int i = 0; i < tranches.length; i++) {
            plan.add(Map.of("amount", new BigDecimal(tranches[i]), "plannedOn", "2026-0" + (i + 3) + "-15"));
        }
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("agreementId", agreementId);
        draft.put("recipientUnion", recipient);
        draft.put("title", "汇总报表测试 Summary report test " + UUID.randomUUID().toString().substring(0, 8));
        draft.put("type", type);
        draft.put("focusAreas", focusAreas);
        draft.put("budget", new BigDecimal(budget));
        draft.put("tranches", plan);
        draft.put("description", "报表核对");
        draft.put("beneficiariesPlanned", 300);
        return draft;
    }

    private String submit(String donor, Map<String, Object> draft) {
        Api.Response created = as(donor + ".proposer").post("/api/projects", draft);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("code").asText();
    }

    private void approve(String donor, String recipient, String code, boolean region) {
        completeOk(donor + ".leader", "approveProposalDonor", code, Map.of("decision", "APPROVE"));
        completeOk(recipient + ".officer", "reviewProposalRecipient", code, Map.of("decision", "APPROVE"));
        if (region) {
            completeOk("xj.leader", "approveProposalRegion", code, Map.of("decision", "APPROVE"));
            if (as("xj.finance").get("/api/tasks?taskKey=approveProposalRegion&businessKey=" + code).json().path("total").asLong() > 0) {
                completeOk("xj.finance", "approveProposalRegion", code, Map.of("decision", "APPROVE")); // 会签 from 5,000,000
            }
        }
    }

    private void pay(String donor, String recipient, String code, String amount, boolean withReport, boolean received) {
        Map<String, Object> request = new HashMap<>(Map.of("amount", new BigDecimal(amount), "purpose", "购置设备"));
        if (withReport) {
            request.put("progressReport", "上一笔资金已按计划使用");
        }
        completeOk(recipient + ".officer", "requestTranche", code, request);
        completeOk(donor + ".leader", "approveTranche", code, Map.of("decision", "APPROVE"));
        completeOk(donor + ".finance", "recordTransfer", code, Map.of("amount", new BigDecimal(amount), "bankReference",
                "ICBC-" + UUID.randomUUID().toString().substring(0, 18).toUpperCase(), "transferredOn", "2026-03-01"));
        if (received) {
            completeOk(recipient + ".finance", "confirmReceipt", code,
                    Map.of("amountReceived", new BigDecimal(amount), "receivedOn", "2026-03-03"));
        }
    }
}
