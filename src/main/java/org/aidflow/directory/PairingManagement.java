package org.aidflow.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.aidflow.audit.AuditTrail;
import org.aidflow.web.ApiException;
import org.aidflow.web.Checks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator edits the pairings of a round that is not yet history: a DONOR union with a
 * recipient union (REGION, PREFECTURE or DIVISION). Every change is recorded on the round.
 * Agreements already drafted keep their pairing whatever changes here.
 */
@Service
public class PairingManagement {

    /** More than the program will ever have (33 in 2021–2025), few enough to read in one request. */
    static final int MAX_PAIRINGS = 1000;

    private final JdbcClient jdbc;
    private final Directory directory;
    private final DirectoryChanges changes;
    private final RoundManagement rounds;

    PairingManagement(JdbcClient jdbc, Directory directory, DirectoryChanges changes, RoundManagement rounds) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.changes = changes;
        this.rounds = rounds;
    }

    @Transactional
    public Pairing add(String actor, String roundCode, Pairing pairing) {
        Round round = openRound(roundCode);
        Checks checks = new Checks();
        Pairing p = checked(checks, "", pairing);
        checks.throwIfAny();
        if (find(round, p.donorCode(), p.recipientCode()) != null) {
            throw ApiException.conflict("pairing.exists", p.donorCode(), p.recipientCode(), round.code());
        }
        insert(round, p);
        record(actor, round, "PAIRING_ADDED", Map.of("added", List.of(describe(p))));
        return p;
    }

    @Transactional
    public Pairing changeCounties(String actor, String roundCode, String donor, String recipient, String countiesZh) {
        Round round = openRound(roundCode);
        Pairing before = find(round, donor, recipient);
        if (before == null) {
            throw ApiException.notFound();
        }
        new Checks().maxLength("countiesZh", countiesZh, 500).throwIfAny();
        Pairing after = new Pairing(donor, recipient, blankToNull(countiesZh));
        if (!after.equals(normalised(before))) {
            jdbc.sql("UPDATE pairing SET counties_zh = ? WHERE round_code = ? AND donor_code = ? AND recipient_code = ?")
                    .params(after.countiesZh(), round.code(), donor, recipient).update();
            record(actor, round, "PAIRING_CHANGED", Map.of("before", describe(before), "after", describe(after)));
        }
        return after;
    }

    @Transactional
    public void remove(String actor, String roundCode, String donor, String recipient) {
        Round round = openRound(roundCode);
        Pairing before = find(round, donor, recipient);
        if (before == null) {
            throw ApiException.notFound();
        }
        jdbc.sql("DELETE FROM pairing WHERE round_code = ? AND donor_code = ? AND recipient_code = ?")
                .params(round.code(), donor, recipient).update();
        record(actor, round, "PAIRING_REMOVED", Map.of("removed", List.of(describe(before))));
    }

    /** Makes the round's pairings exactly these; records what was added, removed and changed. */
    @Transactional
    public List<Pairing> replace(String actor, String roundCode, List<Pairing> wanted) {
        Round round = openRound(roundCode);
        Checks checks = new Checks();
        checks.check(wanted != null, "pairings", "field.required");
        checks.check(wanted == null || wanted.size() <= MAX_PAIRINGS, "pairings", "pairing.tooMany", MAX_PAIRINGS);
        checks.throwIfAny();
        List<Pairing> next = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < wanted.size(); i++) {
            String field = "pairings[" + i + "]";
            Pairing p = checked(checks, field + ".", wanted.get(i));
            if (p.donorCode() != null && p.recipientCode() != null
                    && !seen.add(p.donorCode() + "\n" + p.recipientCode())) {
                checks.add(field, "pairing.duplicate");
            }
            next.add(p);
        }
        checks.throwIfAny();
        Map<String, Pairing> current = new HashMap<>();
        directory.pairings(round.code()).forEach(p -> current.put(p.donorCode() + "\n" + p.recipientCode(), normalised(p)));
        List<Object> added = new ArrayList<>();
        List<Object> changed = new ArrayList<>();
        for (Pairing p : next) {
            Pairing old = current.remove(p.donorCode() + "\n" + p.recipientCode());
            if (old == null) {
                insert(round, p);
                added.add(describe(p));
            } else if (!Objects.equals(old.countiesZh(), p.countiesZh())) {
                jdbc.sql("UPDATE pairing SET counties_zh = ? WHERE round_code = ? AND donor_code = ? AND recipient_code = ?")
                        .params(p.countiesZh(), round.code(), p.donorCode(), p.recipientCode()).update();
                changed.add(Map.of("before", describe(old), "after", describe(p)));
            }
        }
        List<Object> removed = new ArrayList<>();
        for (Pairing gone : current.values()) {
            jdbc.sql("DELETE FROM pairing WHERE round_code = ? AND donor_code = ? AND recipient_code = ?")
                    .params(round.code(), gone.donorCode(), gone.recipientCode()).update();
            removed.add(describe(gone));
        }
        if (!added.isEmpty() || !changed.isEmpty() || !removed.isEmpty()) {
            record(actor, round, "PAIRINGS_REPLACED", Map.of("added", added, "changed", changed, "removed", removed));
        }
        return next;
    }

    /** The round, locked for this change, or 404; 409 when it ended before this year. */
    private Round openRound(String code) {
        changes.begin();
        Round round = directory.round(code).orElseThrow(ApiException::notFound);
        if (round.closedIn(Directory.currentYear())) {
            throw ApiException.conflict("round.closed", code);
        }
        return round;
    }

    private Pairing checked(Checks checks, String prefix, Pairing p) {
        if (p == null) {
            checks.add(prefix.isEmpty() ? "body" : prefix.substring(0, prefix.length() - 1), "field.required");
            return new Pairing(null, null, null);
        }
        checks.require(prefix + "donorCode", p.donorCode());
        if (p.donorCode() != null && !p.donorCode().isBlank()) {
            Union donor = directory.find(p.donorCode()).orElse(null);
            if (donor == null) {
                checks.add(prefix + "donorCode", "union.unknown");
            } else {
                checks.check(donor.level() == UnionLevel.DONOR, prefix + "donorCode", "union.notDonor");
            }
        }
        checks.require(prefix + "recipientCode", p.recipientCode());
        if (p.recipientCode() != null && !p.recipientCode().isBlank()) {
            Union recipient = directory.find(p.recipientCode()).orElse(null);
            if (recipient == null) {
                checks.add(prefix + "recipientCode", "union.unknown");
            } else {
                checks.check(recipient.level().isRecipient(), prefix + "recipientCode", "union.notRecipient");
            }
        }
        checks.maxLength(prefix + "countiesZh", p.countiesZh(), 500);
        return new Pairing(p.donorCode(), p.recipientCode(), blankToNull(p.countiesZh()));
    }

    private Pairing find(Round round, String donor, String recipient) {
        return directory.pairings(round.code()).stream()
                .filter(p -> p.donorCode().equals(donor) && p.recipientCode().equals(recipient))
                .findFirst().orElse(null);
    }

    private void insert(Round round, Pairing p) {
        jdbc.sql("INSERT INTO pairing (round_code, donor_code, recipient_code, counties_zh) VALUES (?, ?, ?, ?)")
                .params(round.code(), p.donorCode(), p.recipientCode(), p.countiesZh()).update();
    }

    private void record(String actor, Round round, String action, Map<String, Object> what) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("code", round.code());
        details.putAll(what);
        changes.record(actor, AuditTrail.Subject.ROUND, rounds.idOf(round.code()), action, details);
    }

    /** The seed stores "no counties" as an empty text; the API says null. */
    private static Pairing normalised(Pairing p) {
        return new Pairing(p.donorCode(), p.recipientCode(), blankToNull(p.countiesZh()));
    }

    static Map<String, Object> describe(Pairing p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("donorCode", p.donorCode());
        m.put("recipientCode", p.recipientCode());
        m.put("countiesZh", blankToNull(p.countiesZh()));
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
