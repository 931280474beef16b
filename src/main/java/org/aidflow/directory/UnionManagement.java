package org.aidflow.directory;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.aidflow.audit.AuditTrail;
import org.aidflow.web.ApiException;
import org.aidflow.web.Checks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator adds and changes unions. A code never changes (tasks, people and money refer
 * to it); names, level and parent may, as long as the hierarchy holds: NATIONAL, DONOR and REGION
 * unions stand at the top, a PREFECTURE or DIVISION stands under a REGION, and a union in use keeps
 * the kind of level its people's roles belong to.
 */
@Service
public class UnionManagement {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

    private final JdbcClient jdbc;
    private final Directory directory;
    private final DirectoryChanges changes;

    UnionManagement(JdbcClient jdbc, Directory directory, DirectoryChanges changes) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.changes = changes;
    }

    /** What the administrator may set on a union (the code only when creating it). */
    public record UnionFields(String level, String parentCode, String nameZh, String nameEn) {
    }

    @Transactional
    public Union create(String actor, String code, UnionFields fields) {
        changes.begin();
        Checks checks = new Checks();
        DirectoryChanges.checkNewCode(checks, code, CODE);
        Union union = checked(checks, code, fields);
        checks.throwIfAny();
        if (jdbc.sql("SELECT COUNT(*) FROM union_org WHERE code = ?").param(code).query(Long.class).single() > 0) {
            throw ApiException.conflict("union.exists", code);
        }
        jdbc.sql("INSERT INTO union_org (code, union_level, parent_code, name_zh, name_en) VALUES (?, ?, ?, ?, ?)")
                .params(code, union.level().name(), union.parentCode(), union.nameZh(), union.nameEn()).update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("code", code);
        details.put("after", describe(union));
        changes.record(actor, AuditTrail.Subject.UNION, idOf(code), "UNION_CREATED", details);
        return union;
    }

    @Transactional
    public Union update(String actor, String code, String codeInBody, UnionFields fields) {
        changes.begin();
        Union before = directory.find(code).orElseThrow(ApiException::notFound);
        Checks checks = new Checks();
        checks.check(codeInBody == null || codeInBody.equals(code), "code", "union.codeImmutable");
        Union after = checked(checks, code, fields);
        if (!checks.hasProblem("level") && after.level() != before.level()) {
            boolean heads = jdbc.sql("SELECT COUNT(*) FROM union_org WHERE parent_code = ?").param(code).query(Long.class).single() > 0;
            checks.check(!heads || after.level() == UnionLevel.REGION, "level", "union.hasSubordinates");
            boolean sameRoles = new HashSet<>(before.level().roles()).equals(new HashSet<>(after.level().roles()));
            checks.check(checks.hasProblem("level") || sameRoles || !inUse(code), "level", "union.levelInUse");
        }
        checks.throwIfAny();
        if (after.equals(before)) {
            return before;
        }
        jdbc.sql("UPDATE union_org SET union_level = ?, parent_code = ?, name_zh = ?, name_en = ? WHERE code = ?")
                .params(after.level().name(), after.parentCode(), after.nameZh(), after.nameEn(), code).update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("code", code);
        details.put("before", describe(before));
        details.put("after", describe(after));
        changes.record(actor, AuditTrail.Subject.UNION, idOf(code), "UNION_CHANGED", details);
        return after;
    }

    /** The union as the fields describe it, every problem added to {@code checks}. */
    private Union checked(Checks checks, String code, UnionFields f) {
        if (f == null) {
            f = new UnionFields(null, null, null, null);
        }
        checks.require("level", f.level());
        UnionLevel level = null;
        if (f.level() != null && !f.level().isBlank()) {
            try {
                level = UnionLevel.valueOf(f.level());
            } catch (IllegalArgumentException e) {
                checks.add("level", "field.unknownValue");
            }
        }
        checks.require("nameZh", f.nameZh()).maxLength("nameZh", f.nameZh(), 100);
        checks.require("nameEn", f.nameEn()).maxLength("nameEn", f.nameEn(), 200);
        String parent = f.parentCode() == null || f.parentCode().isBlank() ? null : f.parentCode();
        if (level != null) {
            boolean underRegion = level == UnionLevel.PREFECTURE || level == UnionLevel.DIVISION;
            if (!underRegion) {
                checks.check(parent == null, "parentCode", "union.parentNotAllowed");
            } else if (parent == null) {
                checks.add("parentCode", "field.required");
            } else if (parent.equals(code)) {
                checks.add("parentCode", "union.parentIsSelf");
            } else if (directory.find(parent).isEmpty()) {
                checks.add("parentCode", "union.unknown");
            } else if (directory.get(parent).level() != UnionLevel.REGION) {
                checks.add("parentCode", "union.parentNotRegion");
            }
        }
        return new Union(code, level, parent, f.nameZh(), f.nameEn());
    }

    /** Someone or something stands on the union's level: pairings, people, agreements or projects. */
    private boolean inUse(String code) {
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM pairing WHERE donor_code = :c OR recipient_code = :c)
                     + (SELECT COUNT(*) FROM person WHERE union_code = :c)
                     + (SELECT COUNT(*) FROM agreement WHERE donor_code = :c OR recipient_code = :c)
                     + (SELECT COUNT(*) FROM project WHERE donor_code = :c OR recipient_code = :c OR region_code = :c)""")
                .param("c", code).query(Long.class).single() > 0;
    }

    /** The row id the directory's history (audit subject) is kept under. */
    public long idOf(String code) {
        return jdbc.sql("SELECT id FROM union_org WHERE code = ?").param(code).query(Long.class).single();
    }

    static Map<String, Object> describe(Union u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("level", u.level() == null ? null : u.level().name());
        m.put("parentCode", u.parentCode());
        m.put("nameZh", u.nameZh());
        m.put("nameEn", u.nameEn());
        return m;
    }
}
