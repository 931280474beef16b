package org.aidflow.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.aidflow.demo.ProgramPlan.AgreementPlan;
import org.aidflow.demo.ProgramPlan.Halt;
import org.aidflow.demo.ProgramPlan.ProjectPlan;
import org.aidflow.demo.ProgramPlan.Stage;
import org.aidflow.demo.ProgramPlan.TranchePlan;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Takes one agreement or one project of the plan as far as the plan says, through the REST API as
 * the users each task is offered to. It starts from what the database holds, not from a record of
 * its own: it finds the agreement or project by its title, looks at the open task and does what the
 * plan asks of that task, until the plan's stop. So a load cut off anywhere (a crash, a restart)
 * goes on where it was, with nothing done twice: each step is one request, committed whole or not at all.
 */
final class ProgramDriver {

    private static final byte[] PDF = "%PDF-1.4\n% AidFlow program: signed copy\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final ApiClient api;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final JdbcClient jdbc;
    private final Runnable step;
    private final BooleanSupplier stopping;

    ProgramDriver(ApiClient api, TaskService tasks, RuntimeService runtime, HistoryService history, JdbcClient jdbc,
                  Runnable step, BooleanSupplier stopping) {
        this.api = api;
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.jdbc = jdbc;
        this.step = step;
        this.stopping = stopping;
    }

    /** Thrown out of a drive when the application is stopping; the next start goes on from there. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super("stopped", null, false, false);
        }
    }

    private record Found(long id, String code) {
    }

    /** Drafts, reviews and signs an agreement (ACTIVE); answers its id. */
    long agreement(AgreementPlan a) {
        String donor = user(a.donor());
        Found found = find("agreement", "donor_code", a.donor(), a.title()).orElseGet(() -> {
            Map<String, Object> draft = new LinkedHashMap<>();
            draft.put("recipientUnion", a.recipient());
            draft.put("title", a.title());
            draft.put("focusAreas", List.of("LIVELIHOOD", "TALENT", "FACILITY", "CULTURE"));
            draft.put("intendedAmount", BigDecimal.valueOf(a.intended()));
            draft.put("startDate", "2021-01-01");
            draft.put("endDate", "2025-12-31");
            draft.put("description", "2021—2025年新一轮工会对口援疆：民生援疆、人才援疆、设施援疆、文化润疆。");
            JsonNode created = api.call(donor + ".proposer", "POST", "/api/agreements", draft, 201);
            step.run();
            return new Found(created.path("id").asLong(), created.path("code").asText());
        });
        for (List<Task> open = open(found.code()); !open.isEmpty(); open = open(found.code())) {
            for (Task task : open) {
                checkStopping();
                switch (task.getTaskDefinitionKey()) {
                    case "reviewAgreement" -> complete(user(a.recipient()) + ".leader", task,
                            Map.of("decision", "APPROVE", "comment", "同意签订。"));
                    case "signAgreementDonor" -> sign(user(a.donor()) + ".leader", task, found.id(), a, "援助方");
                    case "signAgreementRecipient" -> sign(user(a.recipient()) + ".leader", task, found.id(), a, "受援方");
                    default -> throw new IllegalStateException(found.code() + " waits at " + task.getTaskDefinitionKey()
                            + ", which the program does not plan");
                }
            }
        }
        return found.id();
    }

    private void sign(String username, Task task, long agreementId, AgreementPlan a, String side) {
        // a signed copy uploaded before a restart cut the signing off is used, not uploaded again
        long document = jdbc.sql("SELECT id FROM document WHERE agreement_id = ? AND uploaded_by = ? ORDER BY id")
                .params(agreementId, username).query(Long.class).list().stream().findFirst()
                .orElseGet(() -> {
                    long id = api.upload(username, agreementId, "signed-copy.pdf", PDF);
                    step.run();
                    return id;
                });
        complete(username, task, Map.of("signatory", side + "负责人", "signedOn", a.signedOn().toString(),
                "documentId", document, "comment", "协议已签署。"));
    }

    /** Proposes a project under its agreement and takes it to the plan's stage. */
    void project(ProjectPlan p, AgreementPlan a, long agreementId) {
        Found found = find("project", "agreement_id", agreementId, p.title()).orElseGet(() -> propose(p, a, agreementId));
        for (Task task = single(found.code()); task != null; task = single(found.code())) {
            checkStopping();
            int trancheNo = task.getTaskDefinitionKey().endsWith("Tranche") || task.getTaskDefinitionKey().equals("recordTransfer")
                    || task.getTaskDefinitionKey().equals("confirmReceipt") ? trancheNo(task) : 0;
            if (new Halt(task.getTaskDefinitionKey(), trancheNo).equals(p.halt())) {
                if (p.stage() == Stage.WITHDRAWN) {
                    api.call(user(a.donor()) + ".proposer", "POST", "/api/projects/" + found.id() + "/withdraw",
                            Map.of("comment", "经研究，项目并入其他项目统筹实施，撤回申请。"), 204);
                    step.run();
                } else if (p.stage() == Stage.REJECTED) {
                    complete(approver(task.getTaskDefinitionKey(), p, a), task,
                            Map.of("decision", "REJECT", "comment", "与本地区年度重点工作不符，不予立项。"));
                    continue;
                }
                return;
            }
            act(task, trancheNo, p, a);
        }
    }

    private Found propose(ProjectPlan p, AgreementPlan a, long agreementId) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("agreementId", agreementId);
        draft.put("recipientUnion", p.recipient());
        draft.put("title", p.title());
        draft.put("type", p.type().name());
        draft.put("focusAreas", List.of(ProgramShape.focusArea(p.group())));
        draft.put("budget", BigDecimal.valueOf(p.budget()));
        draft.put("tranches", p.tranches().stream().map(t -> Map.of("amount", BigDecimal.valueOf(t.amount()),
                "plannedOn", t.plannedOn().toString())).toList());
        draft.put("description", p.description());
        draft.put("beneficiariesPlanned", p.beneficiaries());
        JsonNode created = api.call(user(a.donor()) + ".proposer", "POST", "/api/projects", draft, 201);
        step.run();
        return new Found(created.path("id").asLong(), created.path("code").asText());
    }

    private void act(Task task, int trancheNo, ProjectPlan p, AgreementPlan a) {
        String key = task.getTaskDefinitionKey();
        String donor = user(a.donor());
        String recipient = user(p.recipient());
        TranchePlan t = trancheNo == 0 ? null : p.tranches().get(trancheNo - 1);
        switch (key) {
            case "approveProposalDonor", "reviewProposalRecipient" ->
                    complete(approver(key, p, a), task, Map.of("decision", "APPROVE", "comment", "同意。"));
            case "approveProposalRegion" -> complete(regionSigner(task, p), task, Map.of("decision", "APPROVE", "comment", "同意。"));
            case "fileProposalNational" -> complete("acftu.officer", task, Map.of("decision", "ACKNOWLEDGE", "comment", "已备案。"));
            case "requestTranche" -> {
                Map<String, Object> form = new LinkedHashMap<>();
                form.put("amount", BigDecimal.valueOf(t.amount()));
                form.put("purpose", trancheNo == 1 ? "第一批资金：项目启动" : "第" + trancheNo + "批资金：按进度拨付");
                if (trancheNo > 1) {
                    form.put("progressReport", "上一批资金已按计划使用，项目按进度推进。");
                }
                complete(recipient + ".officer", task, form);
            }
            case "approveTranche" -> complete(donor + ".leader", task, Map.of("decision", "APPROVE", "comment", "同意拨付。"));
            case "recordTransfer" -> complete(donor + ".finance", task, Map.of("amount", BigDecimal.valueOf(t.amount()),
                    "bankReference", reference(a, p, "T" + trancheNo), "transferredOn", t.transferredOn().toString()));
            case "confirmReceipt" -> complete(recipient + ".finance", task, Map.of("amountReceived",
                    BigDecimal.valueOf(t.amount()), "receivedOn", t.receivedOn().toString()));
            case "submitCompletionReport" -> complete(recipient + ".officer", task, Map.of("actualSpending",
                    BigDecimal.valueOf(p.spent()), "beneficiaries", p.beneficiaries(),
                    "summary", "项目已按计划实施完毕，资金使用情况见附表。"));
            case "inspectCompletion" -> complete(region(p.recipient()) + ".inspector", task, inspection(task, p));
            case "rectifyCompletion" -> complete(recipient + ".officer", task,
                    Map.of("response", "已按验收意见补齐台账和影像资料，完成整改。"));
            case "recordRefund" -> complete(recipient + ".finance", task, Map.of("amount", BigDecimal.valueOf(p.refund()),
                    "bankReference", reference(a, p, "RF"), "refundedOn", p.refundedOn().toString()));
            case "confirmRefund" -> complete(donor + ".finance", task, Map.of("amountReceived", BigDecimal.valueOf(p.refund()),
                    "comment", "退款已到账。"));
            case "auditProject" -> complete(donor + ".auditor", task, Map.of("decision", "APPROVE",
                    "performanceScore", 80 + p.no() % 19, "findings", "资金使用规范，绩效目标基本实现。"));
            default -> throw new IllegalStateException(task.getTaskDefinitionKey() + " is open for project " + p.no()
                    + ", which the program does not plan");
        }
    }

    /** A planned rectification first (once), then the plan's verdict. */
    private Map<String, Object> inspection(Task task, ProjectPlan p) {
        boolean rectified = history.createHistoricTaskInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .taskDefinitionKey("rectifyCompletion").count() > 0;
        if (p.rectify() && !rectified) {
            return Map.of("decision", "RECTIFY", "findings", "部分票据和影像资料不全，请补齐后再验。");
        }
        return p.stage() == Stage.FAILED
                ? Map.of("decision", "FAIL", "findings", "建设内容未按计划完成，验收不通过，结余资金退回。")
                : Map.of("decision", "PASS", "findings", "现场查验合格，账实相符。");
    }

    private String approver(String taskKey, ProjectPlan p, AgreementPlan a) {
        return switch (taskKey) {
            case "approveProposalDonor" -> user(a.donor()) + ".leader";
            case "reviewProposalRecipient" -> user(p.recipient()) + ".officer";
            default -> region(p.recipient()) + ".leader";
        };
    }

    /** The region's signer of one region approval: a member of its first candidate group (XJ:finance is xj.finance). */
    private String regionSigner(Task task, ProjectPlan p) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().filter(l -> "candidate".equals(l.getType()))
                .map(l -> l.getGroupId()).filter(g -> g != null).sorted().findFirst()
                .map(g -> g.toLowerCase(java.util.Locale.ROOT).replace(':', '.'))
                .orElseGet(() -> region(p.recipient()) + ".leader");
    }

    /** The region of a recipient: XJ for a prefecture, BT for a division. */
    private static String region(String recipient) {
        int dash = recipient.indexOf('-');
        return user(dash < 0 ? recipient : recipient.substring(0, dash));
    }

    private static String user(String union) {
        return union.toLowerCase(Locale.ROOT);
    }

    /** Bank references of the program: unique in the whole system, and the same again after a restart. */
    private static String reference(AgreementPlan a, ProjectPlan p, String what) {
        return "PRG" + a.donor() + "-" + String.format(Locale.ROOT, "%05d", p.no()) + "-" + what;
    }

    private void complete(String username, Task task, Map<String, Object> form) {
        api.complete(username, task.getId(), form);
        step.run();
    }

    private int trancheNo(Task task) {
        return ((Number) runtime.getVariable(task.getProcessInstanceId(), "trancheNo")).intValue();
    }

    private List<Task> open(String businessKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).active().orderByTaskCreateTime().asc().list();
    }

    private Task single(String businessKey) {
        List<Task> open = open(businessKey);
        // the region's leader and finance sign one project of 5,000,000 or more side by side (会签): one after the other here
        if (open.size() > 1 && open.stream().allMatch(t -> "approveProposalRegion".equals(t.getTaskDefinitionKey()))) {
            return open.get(0);
        }
        if (open.size() > 1) {
            throw new IllegalStateException(businessKey + " has " + open.size() + " open tasks; the program plans one at a time");
        }
        return open.isEmpty() ? null : open.get(0);
    }

    private Optional<Found> find(String table, String scope, Object scopeValue, String title) {
        return jdbc.sql("SELECT id, code FROM " + table + " WHERE " + scope + " = ? AND title = ?").params(scopeValue, title)
                .query((rs, n) -> new Found(rs.getLong(1), rs.getString(2))).optional();
    }

    private void checkStopping() {
        if (stopping.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            throw new Stopped();
        }
    }
}
