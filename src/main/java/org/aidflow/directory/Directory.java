package org.aidflow.directory;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The union directory and the pairings, read once on start (they change only with a new round of
 * the program) and answered from memory, since nearly every request asks who is above whom.
 */
@Service
public class Directory implements InitializingBean {

    private final JdbcClient jdbc;
    private final DirectoryImport directoryImport;
    private volatile Map<String, Union> unions = Map.of();
    private volatile Set<Pairing> pairings = Set.of();
    private volatile List<Union> orderedUnions = List.of();

    Directory(JdbcClient jdbc, DirectoryImport directoryImport) {
        this.jdbc = jdbc;
        this.directoryImport = directoryImport;
    }

    @Override
    public void afterPropertiesSet() {
        directoryImport.importSeedFiles();
        reload();
    }

    void reload() {
        Map<String, Union> loaded = new LinkedHashMap<>();
        jdbc.sql("SELECT code, union_level, parent_code, name_zh, name_en FROM union_org ORDER BY code")
                .query((rs, n) -> new Union(rs.getString(1), UnionLevel.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list().forEach(u -> loaded.put(u.code(), u));
        List<Union> ordered = loaded.values().stream()
                .sorted(java.util.Comparator.comparing((Union u) -> u.level().ordinal()))
                .toList();
        unions = Map.copyOf(loaded);
        pairings = Set.copyOf(jdbc.sql("SELECT donor_code, recipient_code FROM pairing")
                .query((rs, n) -> new Pairing(rs.getString(1), rs.getString(2))).list());
        orderedUnions = ordered;
    }

    public List<Union> all() {
        return orderedUnions;
    }

    public Optional<Union> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(unions.get(code));
    }

    public Union get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("Unknown union " + code));
    }

    /** For a prefecture XJ, for a division BT, for a region itself; none for donors. */
    public Optional<String> regionOf(String code) {
        return find(code).flatMap(u -> switch (u.level()) {
            case REGION -> Optional.of(u.code());
            case PREFECTURE, DIVISION -> Optional.ofNullable(u.parentCode());
            default -> Optional.empty();
        });
    }

    /** A union and every union below it. */
    public Set<String> selfAndBelow(String code) {
        Set<String> result = new LinkedHashSet<>();
        if (code == null) {
            return result;
        }
        result.add(code);
        for (Union u : orderedUnions) {
            if (code.equals(u.parentCode())) {
                result.addAll(selfAndBelow(u.code()));
            }
        }
        return result;
    }

    /** True when {@code code} is {@code ancestor} or lies below it. */
    public boolean isSelfOrBelow(String code, String ancestor) {
        for (String c = code; c != null; c = find(c).map(Union::parentCode).orElse(null)) {
            if (c.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A donor may work with a recipient it is paired with; a region counts as paired with every
     * donor paired with one of its prefectures or divisions.
     */
    public boolean isPaired(String donor, String recipient) {
        Union r = unions.get(recipient);
        if (r == null || !r.level().isRecipient()) {
            return false;
        }
        if (pairings.contains(new Pairing(donor, recipient))) {
            return true;
        }
        return r.level() == UnionLevel.REGION
                && pairings.stream().anyMatch(p -> p.donor().equals(donor)
                        && recipient.equals(find(p.recipient()).map(Union::parentCode).orElse(null)));
    }

    /** The unions a union works with across the pairing, regions included. */
    public Set<String> pairedWith(String code) {
        Set<String> result = new LinkedHashSet<>();
        for (Union other : orderedUnions) {
            if (isPaired(code, other.code()) || isPaired(other.code(), code)) {
                result.add(other.code());
            }
        }
        return result;
    }

    public Collection<Union> donors() {
        return orderedUnions.stream().filter(u -> u.level() == UnionLevel.DONOR).toList();
    }

    record Pairing(String donor, String recipient) {
    }
}
