package org.aidflow.desk;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aidflow.audit.AuditEntry;
import org.aidflow.audit.AuditTrail;
import org.aidflow.audit.AuditTrail.Subject;
import org.aidflow.security.CurrentUser;
import org.aidflow.web.ApiException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * 审批单: a printable A4 sheet of an agreement or project, its facts and every decision taken on it (who, when,
 * decision, comment), in Chinese. Drawn with OpenPDF in Adobe's STSong-Light with the UniGB-UCS2-H encoding: a CJK
 * font every PDF reader provides, so the jar ships no font file and the text stays extractable.
 */
@Service
class ApprovalSheet {

    private static final ZoneId PROGRAM_TIME = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(PROGRAM_TIME);

    static final Map<String, String> DECISIONS = Map.ofEntries(Map.entry("APPROVE", "批准"), Map.entry("REVISE", "退回修改"),
            Map.entry("REJECT", "驳回"), Map.entry("ACKNOWLEDGE", "备案"), Map.entry("RETURN", "退回"),
            Map.entry("RESUBMIT", "重新提交"), Map.entry("WITHDRAW", "撤回"), Map.entry("PASS", "通过"),
            Map.entry("RECTIFY", "限期整改"), Map.entry("FAIL", "不通过"), Map.entry("QUERY", "质询"));

    static final Map<String, String> STATUSES = Map.ofEntries(Map.entry("SUBMITTED", "已提交"), Map.entry("UNDER_REVIEW", "审查中"),
            Map.entry("SIGNING", "签署中"), Map.entry("ACTIVE", "已生效"), Map.entry("APPROVED", "已批准"),
            Map.entry("IN_PROGRESS", "实施中"), Map.entry("COMPLETION_REVIEW", "验收中"), Map.entry("CLOSED", "已结项"),
            Map.entry("REJECTED", "已驳回"), Map.entry("WITHDRAWN", "已撤回"), Map.entry("FAILED", "验收未通过"));

    private final Cases cases;
    private final AuditTrail audit;
    private final HistoryService history;
    private final JdbcClient jdbc;

    ApprovalSheet(Cases cases, AuditTrail audit, HistoryService history, JdbcClient jdbc) {
        this.cases = cases;
        this.audit = audit;
        this.history = history;
        this.jdbc = jdbc;
    }

    /** One decision as the sheet prints it. */
    record Decision(String step, String who, Instant at, String decision, String comment) {
    }

    @Transactional(readOnly = true)
    public byte[] pdf(CurrentUser user, Subject type, long id) {
        Cases.Case c = cases.byId(type, id).filter(found -> cases.canSee(user, found)).orElseThrow(ApiException::notFound);
        return render(c, facts(c), decisions(c));
    }

    private Map<String, String> facts(Cases.Case c) {
        boolean project = c.type() == Subject.PROJECT;
        Map<String, Object> row = jdbc.sql(project
                        ? "SELECT p.budget AS amount, p.created_at, d.name_zh AS donor, r.name_zh AS recipient, pe.display_name AS proposer, "
                        + "p.project_type AS kind, a.code AS agreement FROM project p LEFT JOIN union_org d ON d.code = p.donor_code "
                        + "LEFT JOIN union_org r ON r.code = p.recipient_code LEFT JOIN person pe ON pe.username = p.created_by "
                        + "LEFT JOIN agreement a ON a.id = p.agreement_id WHERE p.id = ?"
                        : "SELECT g.intended_amount AS amount, g.created_at, d.name_zh AS donor, r.name_zh AS recipient, "
                        + "pe.display_name AS proposer, NULL AS kind, NULL AS agreement FROM agreement g "
                        + "LEFT JOIN union_org d ON d.code = g.donor_code LEFT JOIN union_org r ON r.code = g.recipient_code "
                        + "LEFT JOIN person pe ON pe.username = g.created_by WHERE g.id = ?")
                .param(c.id()).query().singleRow();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("编号", c.code());
        facts.put(project ? "项目名称" : "协议名称", c.title());
        if (project) {
            facts.put("所属协议", text(row.get("agreement")));
        }
        facts.put("援助方", text(row.get("donor")) + "（" + c.donor() + "）");
        facts.put("受援方", text(row.get("recipient")) + "（" + c.recipient() + "）");
        facts.put(project ? "项目预算（元）" : "意向金额（元）", row.get("amount") instanceof BigDecimal b ? b.setScale(2).toPlainString() : "");
        facts.put("发起人", text(row.get("proposer")) + "（" + c.createdBy() + "）");
        Object created = row.get("created_at");
        facts.put("发起时间", created instanceof java.sql.Timestamp t ? WHEN.format(t.toInstant()) : text(created));
        facts.put("当前状态", STATUSES.getOrDefault(c.status(), c.status()));
        return facts;
    }

    private List<Decision> decisions(Cases.Case c) {
        Map<String, String> steps = new HashMap<>();
        for (HistoricTaskInstance t : history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(c.code()).list()) {
            steps.put(t.getId(), chinese(t.getName()));
        }
        List<Decision> decisions = new ArrayList<>();
        for (AuditEntry e : audit.history(c.type(), c.id())) {
            if (!"TASK_COMPLETED".equals(e.action()) && !"WITHDRAWN".equals(e.action()) && !"SUBMITTED".equals(e.action())) {
                continue;
            }
            String step = "TASK_COMPLETED".equals(e.action()) ? steps.getOrDefault(e.taskId(), e.taskKey())
                    : "SUBMITTED".equals(e.action()) ? "提交" : "撤回";
            String who = (e.actorName() == null ? e.actor() : e.actorName())
                    + (e.onBehalfOf() == null ? "" : "（代 " + (e.onBehalfOfName() == null ? e.onBehalfOf() : e.onBehalfOfName()) + "）");
            decisions.add(new Decision(step, who, e.at(), e.decision() == null ? "" : DECISIONS.getOrDefault(e.decision(), e.decision()),
                    e.comment() == null ? "" : e.comment()));
        }
        return decisions;
    }

    /** The Chinese half of a bilingual BPMN name ("审查协议 Review agreement" → "审查协议"). */
    static String chinese(String name) {
        if (name == null) {
            return "";
        }
        int space = name.indexOf(' ');
        return space > 0 && name.codePointAt(0) > 0x2E80 ? name.substring(0, space) : name;
    }

    /** UniGB-UCS2-H encodes the Basic Multilingual Plane only: a character beyond it (𠮷) is printed as "?". */
    static String drawable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(cp > 0xFFFF ? '?' : cp));
        return out.toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static byte[] render(Cases.Case c, Map<String, String> facts, List<Decision> decisions) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 56, 56);
        try {
            BaseFont base = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            Font title = new Font(base, 18, Font.BOLD);
            Font heading = new Font(base, 12, Font.BOLD);
            Font body = new Font(base, 10);
            PdfWriter.getInstance(document, out);
            document.addTitle((c.type() == Subject.PROJECT ? "援疆项目审批单 " : "援疆协议审批单 ") + c.code());
            document.addCreator("AidFlow");
            document.open();
            Paragraph head = new Paragraph(c.type() == Subject.PROJECT ? "工会对口援疆项目审批单" : "工会对口援疆协议审批单", title);
            head.setAlignment(Element.ALIGN_CENTER);
            head.setSpacingAfter(16);
            document.add(head);

            PdfPTable table = new PdfPTable(new float[] {1, 3});
            table.setWidthPercentage(100);
            facts.forEach((label, value) -> {
                table.addCell(cell(label, heading));
                table.addCell(cell(value, body));
            });
            document.add(table);

            Paragraph steps = new Paragraph("审批记录", heading);
            steps.setSpacingBefore(18);
            steps.setSpacingAfter(8);
            document.add(steps);
            PdfPTable record = new PdfPTable(new float[] {2.2f, 2.2f, 2, 1.3f, 3.3f});
            record.setWidthPercentage(100);
            record.setHeaderRows(1);
            for (String h : List.of("环节", "办理人", "时间", "决定", "意见")) {
                record.addCell(cell(h, heading));
            }
            for (Decision d : decisions) {
                record.addCell(cell(d.step(), body));
                record.addCell(cell(d.who(), body));
                record.addCell(cell(WHEN.format(d.at()), body));
                record.addCell(cell(d.decision(), body));
                record.addCell(cell(d.comment(), body));
            }
            if (decisions.isEmpty()) {
                PdfPCell none = cell("尚无审批记录", body);
                none.setColspan(5);
                record.addCell(none);
            }
            document.add(record);
            Paragraph printed = new Paragraph("打印时间：" + WHEN.format(Instant.now()) + "　　由 AidFlow 生成", body);
            printed.setSpacingBefore(16);
            printed.setAlignment(Element.ALIGN_RIGHT);
            document.add(printed);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot draw the approval sheet of " + c.code(), e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(drawable(text), font));
        cell.setPadding(5);
        return cell;
    }
}
