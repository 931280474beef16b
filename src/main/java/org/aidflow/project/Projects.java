package org.aidflow.project;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.aidflow.security.Visibility.Scope;
import org.aidflow.web.ListQuery;
import org.aidflow.web.PageResult;
import org.aidflow.web.PageResult.Paging;
import org.aidflow.web.ProposalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Project rows and their tranche plans. */
@Repository
public class Projects extends ProposalRows<Project> {

    private static final String COLUMNS = "id, code, agreement_id, donor_code, recipient_code, region_code, title, "
            + "project_type, focus_areas, budget, description, beneficiaries_planned, status, process_instance_id, "
            + "created_by, created_at, updated_at, plan_year";

    Projects(JdbcClient jdbc) {
        super(jdbc, "project", COLUMNS, Projects::map);
    }

    long insert(String code, long agreementId, String donor, String recipient, String region, ProjectFields f,
                String createdBy) {
        Timestamp now = Timestamp.from(Instant.now());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO project (code, agreement_id, donor_code, recipient_code, region_code, title, project_type, "
                        + "type_group, focus_areas, budget, description, beneficiaries_planned, status, created_by, "
                        + "created_at, updated_at, plan_year) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(code, agreementId, donor, recipient, region, f.title(), f.type(), f.projectType().group().name(),
                        String.join(",", f.focusAreas()), f.budget(), f.description(), f.beneficiaries(),
                        ProjectStatus.UNDER_REVIEW.name(), createdBy, now, now, f.planYear())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void setCodeAndProcess(long id, String code, String processInstanceId) {
        writeCodeAndProcess(id, code, processInstanceId);
    }

    void update(long id, ProjectFields f) {
        jdbc.sql("UPDATE project SET title = ?, project_type = ?, type_group = ?, focus_areas = ?, budget = ?, "
                        + "description = ?, beneficiaries_planned = ?, plan_year = ?, updated_at = ? WHERE id = ?")
                .params(f.title(), f.type(), f.projectType().group().name(), String.join(",", f.focusAreas()),
                        f.budget(), f.description(), f.beneficiaries(), f.planYear(), Timestamp.from(Instant.now()), id)
                .update();
    }

    void moveSite(long id, String recipient) {
        jdbc.sql("UPDATE project SET recipient_code = ? WHERE id = ?").params(recipient, id).update();
    }

    void setStatus(long id, ProjectStatus status) {
        writeStatus(id, status);
    }

    void replacePlan(long id, List<PlannedTranche> plan) {
        jdbc.sql("DELETE FROM project_tranche_plan WHERE project_id = ?").param(id).update();
        for (PlannedTranche t : plan) {
            jdbc.sql("INSERT INTO project_tranche_plan (project_id, tranche_no, amount, planned_on) VALUES (?, ?, ?, ?)")
                    .params(id, t.trancheNo(), t.amount(), t.plannedOn()).update();
        }
    }

    public List<PlannedTranche> plan(long id) {
        return jdbc.sql("SELECT tranche_no, amount, planned_on FROM project_tranche_plan WHERE project_id = ? ORDER BY tranche_no")
                .param(id)
                .query((rs, n) -> new PlannedTranche(rs.getInt(1), rs.getBigDecimal(2), rs.getDate(3).toLocalDate()))
                .list();
    }

    /** The budgets of the agreement's live projects, leaving out one project (or none). */
    BigDecimal committed(long agreementId, Long except) {
        return jdbc.sql("SELECT COALESCE(SUM(budget), 0) FROM project WHERE agreement_id = ? AND status NOT IN (?, ?) AND id <> ?")
                .params(agreementId, ProjectStatus.REJECTED.name(), ProjectStatus.WITHDRAWN.name(), except == null ? -1L : except)
                .query(BigDecimal.class).single();
    }

    public List<Project> ofAgreement(long agreementId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM project WHERE agreement_id = ? ORDER BY id DESC")
                .param(agreementId).query(Projects::map).list();
    }

    record Filter(String donor, String recipient, Long agreementId, ProjectStatus status, ProjectType type,
                  TypeGroup typeGroup, String q) {
    }

    PageResult<Project> list(Scope scope, Filter filter, Paging paging) {
        ListQuery query = new ListQuery();
        if (scope != null) {
            query.parties(scope.donors(), scope.recipients());
        }
        query.equal("donor_code", filter.donor())
                .equal("recipient_code", filter.recipient())
                .equal("agreement_id", filter.agreementId())
                .equal("status", filter.status())
                .equal("project_type", filter.type())
                .equal("type_group", filter.typeGroup())
                .titleOrCode(filter.q());
        return page(query, paging);
    }

    private static Project map(ResultSet rs, int row) throws SQLException {
        return new Project(rs.getLong("id"), rs.getString("code"), rs.getLong("agreement_id"), rs.getString("donor_code"),
                rs.getString("recipient_code"), rs.getString("region_code"), rs.getString("title"),
                ProjectType.valueOf(rs.getString("project_type")), Arrays.asList(rs.getString("focus_areas").split(",")),
                rs.getBigDecimal("budget"), rs.getString("description"), rs.getObject("beneficiaries_planned", Integer.class),
                ProjectStatus.valueOf(rs.getString("status")), rs.getString("process_instance_id"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getObject("plan_year", Integer.class));
    }
}
