package org.aidflow.plans;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.aidflow.plans.PerformanceScore.Measured;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A project's measured indicators, its actual spending, and the score its audit gave. */
@Repository
class ProjectPerformance {

    record Scored(BigDecimal computed, int given, String reason, String auditedBy) {
    }

    private final JdbcClient jdbc;
    private final ProjectIndicators indicators;
    private final IndicatorCatalogue catalogue;

    ProjectPerformance(JdbcClient jdbc, ProjectIndicators indicators, IndicatorCatalogue catalogue) {
        this.jdbc = jdbc;
        this.indicators = indicators;
        this.catalogue = catalogue;
    }

    List<Measured> measured(long projectId) {
        return indicators.of(projectId).stream()
                .flatMap(r -> catalogue.find(r.code()).map(i -> new Measured(i, r.target(), r.actual())).stream())
                .toList();
    }

    Optional<BigDecimal> spent(long projectId) {
        return jdbc.sql("SELECT actual_spending FROM completion WHERE project_id = ?").param(projectId)
                .query(BigDecimal.class).optional();
    }

    void scored(long projectId, BigDecimal computed, int given, String reason, String auditor) {
        jdbc.sql("DELETE FROM project_performance WHERE project_id = ?").param(projectId).update();
        jdbc.sql("INSERT INTO project_performance (project_id, computed_score, final_score, reason, audited_by, audited_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(projectId, computed, given, reason, auditor, Timestamp.from(Instant.now())).update();
    }

    Optional<Scored> score(long projectId) {
        return jdbc.sql("SELECT computed_score, final_score, reason, audited_by FROM project_performance WHERE project_id = ?")
                .param(projectId)
                .query((rs, n) -> new Scored(rs.getBigDecimal(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
                .optional();
    }
}
