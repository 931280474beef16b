package org.aidflow.plans;

import java.math.BigDecimal;
import java.util.List;

import org.aidflow.project.IndicatorTarget;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A project's performance targets and, once its completion report gives them, the actual values. */
@Repository
class ProjectIndicators {

    record Row(String code, BigDecimal target, String unit, BigDecimal actual) {
    }

    private final JdbcClient jdbc;

    ProjectIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> of(long projectId) {
        return jdbc.sql("SELECT code, target, unit, actual FROM project_indicator WHERE project_id = ? ORDER BY position")
                .param(projectId)
                .query((rs, n) -> new Row(rs.getString(1), rs.getBigDecimal(2), rs.getString(3), rs.getBigDecimal(4)))
                .list();
    }

    void replace(long projectId, List<IndicatorTarget> targets) {
        jdbc.sql("DELETE FROM project_indicator WHERE project_id = ?").param(projectId).update();
        for (int i = 0; i < targets.size(); i++) {
            IndicatorTarget t = targets.get(i);
            jdbc.sql("INSERT INTO project_indicator (project_id, code, position, target, unit) VALUES (?, ?, ?, ?, ?)")
                    .params(projectId, t.code(), i, t.target(), t.unit()).update();
        }
    }

    void setActual(long projectId, String code, BigDecimal actual) {
        jdbc.sql("UPDATE project_indicator SET actual = ? WHERE project_id = ? AND code = ?")
                .params(actual, projectId, code).update();
    }
}
