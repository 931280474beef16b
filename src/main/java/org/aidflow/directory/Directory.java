package org.aidflow.directory;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The union directory, the rounds of the program and their pairings, answered from memory, since
 * nearly every request asks who is above whom. The database is the truth: the copy is reloaded
 * after every change on this node ({@link DirectoryManagement}) and, on the other nodes sharing
 * the database, when they see a new {@code directory_revision} (checked every few seconds).
 */
@Service
public class Directory implements InitializingBean {

    /** The program runs on Beijing time: a year begins at midnight there. */
    public static final ZoneId PROGRAM_ZONE = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final DirectoryImport directoryImport;
    private volatile Snapshot snapshot = new Snapshot(-1, Map.of(), List.of(), List.of(), Map.of());

    Directory(JdbcClient jdbc, DirectoryImport directoryImport) {
        this.jdbc = jdbc;
        this.directoryImport = directoryImport;
    }

    @Override
    public void afterPropertiesSet() {
        directoryImport.importSeedFilesIntoEmptyDirectory();
        reload();
    }

    /** Reads everything again; the revision first, so a change committed meanwhile is read again later. */
    synchronized void reload() {
        long revision = currentRevision();
        Map<String, Union> unions = new LinkedHashMap<>();
        jdbc.sql("SELECT code, union_level, parent_code, name_zh, name_en FROM union_org ORDER BY code")
                .query((rs, n) -> new Union(rs.getString(1), UnionLevel.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list().forEach(u -> unions.put(u.code(), u));
        List<Union> ordered = unions.values().stream()
                .sorted(Comparator.comparing((Union u) -> u.level().ordinal()))
                .toList();
        List<Round> rounds = jdbc.sql("SELECT code, name_zh, name_en, start_year, end_year FROM assistance_round ORDER BY start_year, code")
                .query((rs, n) -> new Round(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5)))
                .list();
        Map<String, List<Pairing>> pairings = new HashMap<>();
        rounds.forEach(r -> pairings.put(r.code(), new java.util.ArrayList<>()));
        jdbc.sql("SELECT round_code, donor_code, recipient_code, counties_zh FROM pairing ORDER BY round_code, donor_code, recipient_code")
                .query((rs, n) -> {
                    List<Pairing> list = pairings.get(rs.getString(1));
                    if (list != null) {
                        list.add(new Pairing(rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                    return null;
                }).list();
        Map<String, List<Pairing>> frozen = new HashMap<>();
        pairings.forEach((round, list) -> frozen.put(round, List.copyOf(list)));
        snapshot = new Snapshot(revision, Map.copyOf(unions), ordered, rounds, Map.copyOf(frozen));
    }

    /** Another node changed the directory: read it again. */
    @Scheduled(fixedDelayString = "${aidflow.directory.refresh-millis:5000}", initialDelayString = "${aidflow.directory.refresh-millis:5000}")
    void reloadWhenChangedElsewhere() {
        if (currentRevision() != snapshot.revision()) {
            reload();
        }
    }

    /** The revision the in-memory copy was read at. */
    long revision() {
        return snapshot.revision();
    }

    private long currentRevision() {
        return jdbc.sql("SELECT revision FROM directory_revision WHERE id = 1").query(Long.class).optional().orElse(0L);
    }

    public List<Union> all() {
        return snapshot.ordered();
    }

    public Optional<Union> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(snapshot.unions().get(code));
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
        for (Union u : snapshot.ordered()) {
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

    /** The year it is now in the program's time zone. */
    public static int currentYear() {
        return LocalDate.now(PROGRAM_ZONE).getYear();
    }

    /** Every round, earliest first. */
    public List<Round> rounds() {
        return snapshot.rounds();
    }

    public Optional<Round> round(String code) {
        return snapshot.rounds().stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /**
     * The round whose pairings hold in a year: the latest round begun by then (a round's pairings
     * stay in force after its end year until the next round begins); before the first round, the first.
     */
    public Optional<Round> roundInForce(int year) {
        List<Round> rounds = snapshot.rounds();
        Round found = null;
        for (Round r : rounds) {
            if (r.startYear() <= year && (found == null || r.startYear() >= found.startYear())) {
                found = r;
            }
        }
        return Optional.ofNullable(found).or(() -> rounds.stream().findFirst());
    }

    public Optional<Round> currentRound() {
        return roundInForce(currentYear());
    }

    /** The pairings of a round, by donor and recipient; empty for an unknown round. */
    public List<Pairing> pairings(String roundCode) {
        return snapshot.pairings().getOrDefault(roundCode, List.of());
    }

    /** Paired in the round in force now. */
    public boolean isPaired(String donor, String recipient) {
        return currentRound().map(r -> isPaired(donor, recipient, r)).orElse(false);
    }

    /** Paired in the round in force in {@code year} (an agreement: the year it starts). */
    public boolean isPaired(String donor, String recipient, int year) {
        return roundInForce(year).map(r -> isPaired(donor, recipient, r)).orElse(false);
    }

    /**
     * A donor may work with a recipient it is paired with; a region counts as paired with every
     * donor paired with one of its prefectures or divisions.
     */
    public boolean isPaired(String donor, String recipient, Round round) {
        Union r = snapshot.unions().get(recipient);
        if (r == null || !r.level().isRecipient()) {
            return false;
        }
        List<Pairing> pairings = pairings(round.code());
        if (pairings.stream().anyMatch(p -> p.donorCode().equals(donor) && p.recipientCode().equals(recipient))) {
            return true;
        }
        return r.level() == UnionLevel.REGION
                && pairings.stream().anyMatch(p -> p.donorCode().equals(donor)
                        && recipient.equals(find(p.recipientCode()).map(Union::parentCode).orElse(null)));
    }

    /** The unions a union works with across the pairing in the round in force now, regions included. */
    public Set<String> pairedWith(String code) {
        return currentRound().map(r -> pairedWith(code, r)).orElse(Set.of());
    }

    /** The unions a union works with across the pairing in a round, regions included. */
    public Set<String> pairedWith(String code, Round round) {
        Set<String> result = new LinkedHashSet<>();
        for (Union other : snapshot.ordered()) {
            if (isPaired(code, other.code(), round) || isPaired(other.code(), code, round)) {
                result.add(other.code());
            }
        }
        return result;
    }

    public Collection<Union> donors() {
        return snapshot.ordered().stream().filter(u -> u.level() == UnionLevel.DONOR).toList();
    }

    private record Snapshot(long revision, Map<String, Union> unions, List<Union> ordered, List<Round> rounds,
                            Map<String, List<Pairing>> pairings) {
    }
}
