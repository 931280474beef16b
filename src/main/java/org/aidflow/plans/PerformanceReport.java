package org.aidflow.plans;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.aidflow.directory.Directory;
import org.aidflow.security.CurrentUser;
import org.aidflow.security.CurrentUsers;
import org.aidflow.security.Visibility;
import org.aidflow.web.ApiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Attainment of performance targets per type group, type, donor or recipient, over the projects the caller
 * may see: how many indicators were measured and fully attained, the mean attainment, and the mean audit score.
 */
@RestController
class PerformanceReport {

    private static final Map<String, String> COLUMNS = Map.of("typeGroup", "type_group", "type", "project_type",
            "donor", "donor_code", "recipient", "recipient_code");

    private final JdbcClient jdbc;
    private final IndicatorCatalogue catalogue;
    private final Visibility visibility;
    private final Directory directory;

    PerformanceReport(JdbcClient jdbc, IndicatorCatalogue catalogue, Visibility visibility, Directory directory) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.visibility = visibility;
        this.directory = directory;
    }

    private static final class Group {
        final java.util.Set<Long> projects = new java.util.HashSet<>();
        int indicators;
        int measured;
        int attained;
        BigDecimal attainment = BigDecimal.ZERO;
        final Map<Long, Integer> scores = new HashMap<>();
    }

    @GetMapping("/api/reports/performance")
    Map<String, Object> report(@RequestParam(required = false) String groupBy) {
        String by = groupBy == null ? "typeGroup" : groupBy;
        String column = COLUMNS.get(by);
        if (column == null) {
            throw ApiException.badRequest("groupBy", "report.groupBy", String.join(", ", new TreeMap<>(COLUMNS).keySet()));
        }
        CurrentUser user = CurrentUsers.get();
        Map<String, Group> groups = new TreeMap<>();
        // the column name comes from the fixed map above, never from the request
        jdbc.sql("SELECT p.id, p.donor_code, p.recipient_code, p." + column + ", i.code, i.target, i.actual, s.final_score "
                        + "FROM project_indicator i JOIN project p ON p.id = i.project_id "
                        + "LEFT JOIN project_performance s ON s.project_id = p.id")
                .query(rs -> {
                    if (!visibility.canSee(user, rs.getString(2), rs.getString(3))) {
                        return;
                    }
                    Group g = groups.computeIfAbsent(rs.getString(4), k -> new Group());
                    long id = rs.getLong(1);
                    g.projects.add(id);
                    g.indicators++;
                    BigDecimal actual = rs.getBigDecimal(7);
                    Indicator indicator = catalogue.find(rs.getString(5)).orElse(null);
                    if (actual != null && indicator != null) {
                        BigDecimal a = PerformanceScore.attainment(indicator.direction(), rs.getBigDecimal(6), actual);
                        g.measured++;
                        g.attained += a.compareTo(BigDecimal.ONE) >= 0 ? 1 : 0;
                        g.attainment = g.attainment.add(a);
                    }
                    int score = rs.getInt(8);
                    if (!rs.wasNull()) {
                        g.scores.put(id, score);
                    }
                });
        List<Map<String, Object>> rows = new ArrayList<>();
        groups.forEach((key, g) -> rows.add(row(by, key, g)));
        return Map.of("groupBy", by, "rows", rows);
    }

    private Map<String, Object> row(String by, String key, Group g) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("key", key);
        if (by.equals("donor") || by.equals("recipient")) {
            directory.find(key).ifPresent(u -> {
                row.put("labelZh", u.nameZh());
                row.put("labelEn", u.nameEn());
            });
        }
        row.put("projects", g.projects.size());
        row.put("indicators", g.indicators);
        row.put("measured", g.measured);
        row.put("attained", g.attained);
        row.put("attainment", g.measured == 0 ? null
                : g.attainment.divide(BigDecimal.valueOf(g.measured), 4, RoundingMode.HALF_UP));
        row.put("scored", g.scores.size());
        row.put("averageScore", g.scores.isEmpty() ? null : BigDecimal.valueOf(g.scores.values().stream().mapToInt(i -> i).sum())
                .divide(BigDecimal.valueOf(g.scores.size()), 2, RoundingMode.HALF_UP));
        return row;
    }
}
