package org.aidflow.directory;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.aidflow.audit.AuditTrail;
import org.aidflow.web.ApiException;
import org.aidflow.web.Checks;
import org.aidflow.web.InputRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator opens rounds of the program and edits them. Rounds never overlap, so every
 * year has one round in force; a round that ended before this year is history (its years and
 * pairings no longer change), and only a round that has not begun may be deleted.
 */
@Service
public class RoundManagement {

    static final Pattern CODE = Pattern.compile("[0-9A-Z]+(-[0-9A-Z]+)*");
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final JdbcClient jdbc;
    private final Directory directory;
    private final DirectoryChanges changes;

    RoundManagement(JdbcClient jdbc, Directory directory, DirectoryChanges changes) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.changes = changes;
    }

    /** Years come as JSON numbers, refused by shape before anything else (see InputRules). */
    public record RoundFields(String nameZh, String nameEn, BigDecimal startYear, BigDecimal endYear) {
    }

    @Transactional
    public Round create(String actor, String code, RoundFields fields, String copyPairingsFrom) {
        changes.begin();
        Checks checks = new Checks();
        DirectoryChanges.checkNewCode(checks, code, CODE);
        Round round = checked(checks, code, fields, true);
        String source = copyPairingsFrom == null || copyPairingsFrom.isBlank() ? null : copyPairingsFrom;
        checks.check(source == null || directory.round(source).isPresent(), "copyPairingsFrom", "round.unknown");
        checks.throwIfAny();
        if (directory.round(code).isPresent()) {
            throw ApiException.conflict("round.exists", code);
        }
        refuseOverlap(round);
        jdbc.sql("INSERT INTO assistance_round (code, name_zh, name_en, start_year, end_year) VALUES (?, ?, ?, ?, ?)")
                .params(code, round.nameZh(), round.nameEn(), round.startYear(), round.endYear()).update();
        int copied = source == null ? 0 : jdbc.sql("""
                INSERT INTO pairing (round_code, donor_code, recipient_code, counties_zh)
                SELECT ?, donor_code, recipient_code, counties_zh FROM pairing WHERE round_code = ?""")
                .params(code, source).update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("code", code);
        details.put("after", describe(round));
        details.put("copyPairingsFrom", source);
        details.put("pairingsCopied", copied);
        changes.record(actor, AuditTrail.Subject.ROUND, idOf(code), "ROUND_CREATED", details);
        return round;
    }

    @Transactional
    public Round update(String actor, String code, String codeInBody, RoundFields fields) {
        changes.begin();
        Round before = directory.round(code).orElseThrow(ApiException::notFound);
        Checks checks = new Checks();
        checks.check(codeInBody == null || codeInBody.equals(code), "code", "round.codeImmutable");
        Round after = checked(checks, code, fields, false);
        boolean yearsChange = after.startYear() != before.startYear() || after.endYear() != before.endYear();
        if (yearsChange && !checks.hasProblem("endYear")) {
            checks.check(after.endYear() >= Directory.currentYear(), "endYear", "round.endsInPast");
        }
        checks.throwIfAny();
        if (yearsChange) {
            if (before.closedIn(Directory.currentYear())) {
                throw ApiException.conflict("round.closed", code);
            }
            refuseOverlap(after);
        }
        if (after.equals(before)) {
            return before;
        }
        jdbc.sql("UPDATE assistance_round SET name_zh = ?, name_en = ?, start_year = ?, end_year = ? WHERE code = ?")
                .params(after.nameZh(), after.nameEn(), after.startYear(), after.endYear(), code).update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("code", code);
        details.put("before", describe(before));
        details.put("after", describe(after));
        changes.record(actor, AuditTrail.Subject.ROUND, idOf(code), "ROUND_CHANGED", details);
        return after;
    }

    /** A round opened by mistake goes again, with its pairings, as long as it has not begun. */
    @Transactional
    public void delete(String actor, String code) {
        changes.begin();
        Round round = directory.round(code).orElseThrow(ApiException::notFound);
        if (round.startYear() <= Directory.currentYear()) {
            throw ApiException.conflict("round.begun", code);
        }
        long id = idOf(code);
        int pairings = jdbc.sql("DELETE FROM pairing WHERE round_code = ?").param(code).update();
        jdbc.sql("DELETE FROM assistance_round WHERE code = ?").param(code).update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("code", code);
        details.put("before", describe(round));
        details.put("pairingsDeleted", pairings);
        changes.record(actor, AuditTrail.Subject.ROUND, id, "ROUND_DELETED", details);
    }

    private Round checked(Checks checks, String code, RoundFields f, boolean creating) {
        if (f == null) {
            f = new RoundFields(null, null, null, null);
        }
        checks.require("nameZh", f.nameZh()).maxLength("nameZh", f.nameZh(), 100);
        checks.require("nameEn", f.nameEn()).maxLength("nameEn", f.nameEn(), 200);
        Integer start = year(checks, "startYear", f.startYear());
        Integer end = year(checks, "endYear", f.endYear());
        if (start != null && end != null) {
            checks.check(end >= start, "endYear", "round.endBeforeStart");
            if (creating && end >= start) {
                checks.check(end >= Directory.currentYear(), "endYear", "round.endsInPast");
            }
        }
        return new Round(code, f.nameZh(), f.nameEn(), start == null ? 0 : start, end == null ? 0 : end);
    }

    private static Integer year(Checks checks, String field, BigDecimal value) {
        checks.require(field, value);
        if (value == null) {
            return null;
        }
        String shape = InputRules.number(value);
        if (shape != null) {
            checks.add(field, shape);
        } else if (value.stripTrailingZeros().scale() > 0) {
            checks.add(field, "field.notInteger");
        } else if (value.compareTo(BigDecimal.valueOf(FIRST_YEAR)) < 0) {
            checks.add(field, "field.belowMin", String.valueOf(FIRST_YEAR));
        } else if (value.compareTo(BigDecimal.valueOf(LAST_YEAR)) > 0) {
            checks.add(field, "field.aboveMax", String.valueOf(LAST_YEAR));
        } else {
            return value.intValueExact();
        }
        return null;
    }

    private void refuseOverlap(Round round) {
        for (Round other : directory.rounds()) {
            if (!other.code().equals(round.code())
                    && other.startYear() <= round.endYear() && round.startYear() <= other.endYear()) {
                throw ApiException.conflict("round.overlaps", other.code());
            }
        }
    }

    /** The row id the directory's history (audit subject) is kept under. */
    public long idOf(String code) {
        return jdbc.sql("SELECT id FROM assistance_round WHERE code = ?").param(code).query(Long.class).single();
    }

    static Map<String, Object> describe(Round r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nameZh", r.nameZh());
        m.put("nameEn", r.nameEn());
        m.put("startYear", r.startYear());
        m.put("endYear", r.endYear());
        return m;
    }
}
