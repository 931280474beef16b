package org.aidflow.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.aidflow.config.Ldap;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A small program for the demo: six agreements and a dozen projects at every stage, from a proposal
 * waiting for its first approval to a project inspected, refunded, audited and closed, so that the
 * inbox, the dashboard and the fund trace have something to show on a fresh database.
 * <p>
 * It goes through the application's own REST API as the demo users (HTTP Basic, password "demo"),
 * exactly as people would, so every rule, form validation, audit record and ledger entry is the real
 * one. It runs once, in the background after start-up, and only on a database without agreements.
 */
@Component
@ConditionalOnProperty(name = {"aidflow.demo-data", "aidflow.demo-program"}, havingValue = "true")
@Conditional(Ldap.Off.class) // it signs in as the demo users, who do not exist with LDAP sign-in
public class DemoProgram {

    private static final Logger log = LoggerFactory.getLogger(DemoProgram.class);
    private static final byte[] PDF = "%PDF-1.4\n% AidFlow demo: signed copy\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** How far a demo project gets. */
    enum Stage { PROPOSED, APPROVED, PAYING, REPORTED, CLOSED }

    record Plan(String type, String area, String title, long budget, long[] tranches, Stage stage, long spent) {
    }

    record Deal(String donor, String recipient, String title, String area, long amount, boolean signed, List<Plan> projects) {
    }

    static final List<Deal> PROGRAM = List.of(
            new Deal("BJ", "XJ-HT", "和田地区职工服务阵地建设 Worker service sites in Hotan", "FACILITY", 3_000_000, true, List.of(
                    new Plan("OUTDOOR_WORKER_STATION", "FACILITY", "和田市户外劳动者服务站 Outdoor worker stations, Hotan", 600_000,
                            new long[] {300_000, 300_000}, Stage.CLOSED, 585_000),
                    new Plan("WORKER_LIBRARY", "CULTURE", "墨玉县职工书屋 Worker libraries, Karakax", 480_000,
                            new long[] {240_000, 240_000}, Stage.PAYING, 0),
                    new Plan("CADRE_TRAINING", "TALENT", "和田地区工会干部培训班 Union cadre training, Hotan", 180_000,
                            new long[] {180_000}, Stage.REPORTED, 176_500),
                    new Plan("HARDSHIP_ASSISTANCE", "LIVELIHOOD", "困难职工帮扶 Help for workers in hardship", 150_000,
                            new long[] {150_000}, Stage.PROPOSED, 0))),
            new Deal("SH", "XJ-KS", "喀什地区职工创新与技能提升 Innovation and skills in Kashgar", "TALENT", 2_500_000, true, List.of(
                    new Plan("INNOVATION_STUDIO", "TALENT", "莎车县劳模和工匠人才创新工作室 Model-worker studio, Yarkant", 800_000,
                            new long[] {400_000, 400_000}, Stage.PAYING, 0),
                    new Plan("CRAFTSMAN_TRAINING", "TALENT", "叶城县技能人才培训 Craftsman training, Kargilik", 300_000,
                            new long[] {150_000, 150_000}, Stage.APPROVED, 0),
                    new Plan("GOLDEN_AUTUMN_SCHOLARSHIP", "LIVELIHOOD", "金秋助学 Golden-autumn scholarships", 200_000,
                            new long[] {200_000}, Stage.CLOSED, 200_000))),
            new Deal("GD", "XJ-KS", "疏附县、伽师县职工关爱 Caring for workers in Shufu and Peyziwat", "LIVELIHOOD", 1_200_000, true, List.of(
                    new Plan("CHILDCARE_STATION", "LIVELIHOOD", "职工子女爱心托管班 Summer childcare for workers' children", 360_000,
                            new long[] {180_000, 180_000}, Stage.REPORTED, 352_000),
                    new Plan("WARMTH_DELIVERY", "LIVELIHOOD", "冬季送温暖 Winter warmth delivery", 120_000,
                            new long[] {120_000}, Stage.PROPOSED, 0))),
            new Deal("JS", "XJ-KZ", "克州职工文化建设 Worker culture in Kizilsu", "CULTURE", 1_500_000, true, List.of(
                    new Plan("WORKERS_CULTURAL_PALACE", "CULTURE", "阿图什市职工文化宫设备更新 Workers' cultural palace, Artux", 1_000_000,
                            new long[] {500_000, 500_000}, Stage.PAYING, 0),
                    new Plan("CULTURAL_EXCHANGE", "CULTURE", "苏克两地职工文化交流 Jiangsu–Kizilsu worker exchange", 150_000,
                            new long[] {150_000}, Stage.CLOSED, 150_000))),
            new Deal("ZJ", "BT-1", "第一师阿拉尔市职工服务 Worker services, 1st Division", "FACILITY", 900_000, true, List.of(
                    new Plan("SERVICE_CENTER", "FACILITY", "阿拉尔市职工服务中心 Worker service centre, Aral", 500_000,
                            new long[] {250_000, 250_000}, Stage.APPROVED, 0),
                    new Plan("LANGUAGE_TRAINING", "CULTURE", "职工国家通用语言培训 Language classes for workers", 90_000,
                            new long[] {90_000}, Stage.REPORTED, 90_000))),
            new Deal("JL", "XJ-AL", "阿勒泰地区户外劳动者驿站 Outdoor worker stations, Altay", "FACILITY", 800_000, false, List.of()));

    private final TaskService tasks;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private ApiClient api;
    private int references;

    public DemoProgram(TaskService tasks, JdbcClient jdbc, ObjectMapper json) {
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventListener
    void started(ApplicationReadyEvent event) {
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port");
        if (port == null || jdbc.sql("SELECT COUNT(*) FROM agreement").query(Long.class).single() > 0) {
            return;
        }
        Thread thread = new Thread(() -> {
            long t0 = System.nanoTime();
            try {
                int projects = seed("http://127.0.0.1:" + port);
                log.info("Demo program: {} agreements and {} projects seeded through the API in {} ms", PROGRAM.size(),
                        projects, (System.nanoTime() - t0) / 1_000_000);
            } catch (RuntimeException e) {
                log.warn("Demo program stopped: {}", e.getMessage());
            }
        }, "demo-program");
        thread.setDaemon(true);
        thread.start();
    }

    /** Seeds the whole program through the API at base; answers the number of projects. */
    public int seed(String base) {
        this.api = new ApiClient(base, json);
        int projects = 0;
        for (Deal deal : PROGRAM) {
            JsonNode agreement = agreement(deal);
            for (Plan plan : deal.projects()) {
                project(deal, agreement.path("id").asLong(), plan);
                projects++;
            }
        }
        return projects;
    }

    private JsonNode agreement(Deal deal) {
        String donor = deal.donor().toLowerCase(Locale.ROOT);
        String recipient = deal.recipient().toLowerCase(Locale.ROOT);
        LocalDate today = LocalDate.now();
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("recipientUnion", deal.recipient());
        draft.put("title", deal.title());
        draft.put("focusAreas", List.of(deal.area()));
        draft.put("intendedAmount", BigDecimal.valueOf(deal.amount()));
        draft.put("startDate", today.withDayOfYear(1).toString());
        draft.put("endDate", today.withDayOfYear(1).plusYears(2).minusDays(1).toString());
        draft.put("description", "工会对口援疆协议（演示数据） A paired-assistance agreement (demo data)");
        JsonNode agreement = call(donor + ".proposer", "POST", "/api/agreements", draft, 201);
        if (!deal.signed()) {
            return agreement;
        }
        String code = agreement.path("code").asText();
        long id = agreement.path("id").asLong();
        complete(recipient + ".leader", code, "reviewAgreement", Map.of("decision", "APPROVE", "comment", "同意。"));
        complete(donor + ".leader", code, "signAgreementDonor", Map.of("signatory", "援助方负责人",
                "signedOn", today.toString(), "documentId", upload(donor + ".leader", id)));
        complete(recipient + ".leader", code, "signAgreementRecipient", Map.of("signatory", "受援方负责人",
                "signedOn", today.toString(), "documentId", upload(recipient + ".leader", id)));
        return agreement;
    }

    private void project(Deal deal, long agreementId, Plan plan) {
        String donor = deal.donor().toLowerCase(Locale.ROOT);
        String recipient = deal.recipient().toLowerCase(Locale.ROOT);
        String region = deal.recipient().startsWith("BT") ? "bt" : "xj";
        LocalDate today = LocalDate.now();
        List<Map<String, Object>> tranches = new ArrayList<>();
        for (int i = 0; i < plan.tranches().length; i++) {
            tranches.add(Map.of("amount", BigDecimal.valueOf(plan.tranches()[i]), "plannedOn", today.plusMonths(i * 3L).toString()));
        }
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("agreementId", agreementId);
        draft.put("recipientUnion", deal.recipient());
        draft.put("title", plan.title());
        draft.put("type", plan.type());
        draft.put("focusAreas", List.of(plan.area()));
        draft.put("budget", BigDecimal.valueOf(plan.budget()));
        draft.put("tranches", tranches);
        draft.put("description", "演示项目 Demo project");
        draft.put("beneficiariesPlanned", 800);
        String code = call(donor + ".proposer", "POST", "/api/projects", draft, 201).path("code").asText();
        if (plan.stage() == Stage.PROPOSED) {
            return;
        }
        // the approvals the routing table asks for, whichever they are
        for (String step = open(code); isApproval(step); step = open(code)) {
            String who = switch (step) {
                case "approveProposalDonor" -> donor + ".leader";
                case "reviewProposalRecipient" -> recipient + ".officer";
                case "approveProposalRegion" -> null;
                default -> "acftu.officer";
            };
            if (who == null) {
                // 会签: each region signer (leader, finance) signs their own instance
                for (Task signer : tasks.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(step).active().list()) {
                    String group = tasks.getIdentityLinksForTask(signer.getId()).stream()
                            .filter(l -> "candidate".equals(l.getType()) && l.getGroupId() != null)
                            .map(l -> l.getGroupId()).sorted().findFirst().orElse(region.toUpperCase(Locale.ROOT) + ":leader");
                    api.complete(group.toLowerCase(Locale.ROOT).replace(':', '.'), signer.getId(), Map.of("decision", "APPROVE"));
                }
                continue;
            }
            complete(who, code, step, Map.of("decision", step.equals("fileProposalNational") ? "ACKNOWLEDGE" : "APPROVE"));
        }
        if (plan.stage() == Stage.APPROVED) {
            return;
        }
        long[] amounts = plan.tranches();
        int paid = plan.stage() == Stage.PAYING ? 1 : amounts.length;
        for (int i = 0; i < paid; i++) {
            pay(donor, recipient, code, amounts[i], i);
        }
        if (plan.stage() == Stage.PAYING) {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("amount", BigDecimal.valueOf(amounts[1]));
            request.put("purpose", "第二批资金：设备购置与安装");
            request.put("progressReport", "第一批资金已按计划使用，工程过半。");
            complete(recipient + ".officer", code, "requestTranche", request);
            return;
        }
        complete(recipient + ".officer", code, "submitCompletionReport", Map.of("actualSpending", BigDecimal.valueOf(plan.spent()),
                "beneficiaries", 760, "summary", "项目已按计划完成并投入使用。 The project is complete and in use."));
        if (plan.stage() == Stage.REPORTED) {
            return;
        }
        complete(region + ".inspector", code, "inspectCompletion", Map.of("decision", "PASS", "findings", "现场查验合格，账实相符。"));
        long refund = plan.budget() - plan.spent();
        if (refund > 0) {
            String reference = reference();
            complete(recipient + ".finance", code, "recordRefund", Map.of("amount", BigDecimal.valueOf(refund),
                    "bankReference", reference, "refundedOn", today.toString()));
            complete(donor + ".finance", code, "confirmRefund", Map.of("amountReceived", BigDecimal.valueOf(refund),
                    "comment", "退款已到账。"));
        }
        complete(donor + ".auditor", code, "auditProject", Map.of("decision", "APPROVE", "performanceScore", 92,
                "findings", "资金使用规范，绩效良好。"));
    }

    private static boolean isApproval(String taskKey) {
        return taskKey != null && (taskKey.startsWith("approveProposal") || taskKey.equals("reviewProposalRecipient")
                || taskKey.equals("fileProposalNational"));
    }

    private void pay(String donor, String recipient, String code, long amount, int index) {
        LocalDate today = LocalDate.now();
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("amount", BigDecimal.valueOf(amount));
        request.put("purpose", index == 0 ? "第一批资金：启动建设" : "后续资金：按进度拨付");
        if (index > 0) {
            request.put("progressReport", "上一批资金已按计划使用。");
        }
        complete(recipient + ".officer", code, "requestTranche", request);
        complete(donor + ".leader", code, "approveTranche", Map.of("decision", "APPROVE"));
        complete(donor + ".finance", code, "recordTransfer", Map.of("amount", BigDecimal.valueOf(amount),
                "bankReference", reference(), "transferredOn", today.toString()));
        complete(recipient + ".finance", code, "confirmReceipt", Map.of("amountReceived", BigDecimal.valueOf(amount),
                "receivedOn", today.toString()));
    }

    /** The task key of the one open task of the project (or of its tranche or completion), or null. */
    private String open(String code) {
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(code).active().list();
        return open.isEmpty() ? null : open.get(0).getTaskDefinitionKey();
    }

    private void complete(String username, String code, String taskKey, Map<String, Object> form) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(taskKey).active().singleResult();
        if (task == null) {
            throw new IllegalStateException(code + " has no open " + taskKey);
        }
        api.complete(username, task.getId(), form);
    }

    private String reference() {
        return "DEMO-" + LocalDate.now().getYear() + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT)
                + "-" + (++references);
    }

    private long upload(String username, long agreementId) {
        return api.upload(username, agreementId, "signed-copy.pdf", PDF);
    }

    private JsonNode call(String username, String method, String path, Object body, int expected) {
        return api.call(username, method, path, body, expected);
    }
}
