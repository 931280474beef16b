package org.aidflow.people;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aidflow.directory.Directory;
import org.aidflow.directory.People;
import org.aidflow.directory.Union;
import org.aidflow.directory.UnionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Where the processes could stall for want of a person: every union and role of its level with
 * no active member (a task offered to that group would wait unseen), and every open, unclaimed
 * task none of whose candidate groups has an active member.
 */
@Service
class Coverage {

    record Gap(String union, String unionNameZh, String unionNameEn, UnionLevel level, String role, String group) {
    }

    record UncoveredTask(String id, String name, String taskKey, String businessKey, List<String> candidateGroups,
                         Instant created, Instant due) {
    }

    record Report(List<Gap> gaps, List<UncoveredTask> tasks) {
    }

    private final Directory directory;
    private final People people;
    private final JdbcClient jdbc;

    Coverage(Directory directory, People people, JdbcClient jdbc) {
        this.directory = directory;
        this.people = people;
        this.jdbc = jdbc;
    }

    Report report() {
        Set<String> covered = people.groupsWithActiveMembers();
        List<Gap> gaps = new ArrayList<>();
        for (Union union : directory.all()) {
            for (String role : union.level().roles()) {
                String group = People.group(union.code(), role);
                if (!covered.contains(group)) {
                    gaps.add(new Gap(union.code(), union.nameZh(), union.nameEn(), union.level(), role, group));
                }
            }
        }
        return new Report(gaps, uncoveredTasks(gaps.stream().map(Gap::group).toList(), covered));
    }

    /** Read from Camunda's tables in one query, as the inbox does; a task offered to any covered group is left out. */
    private List<UncoveredTask> uncoveredTasks(List<String> uncovered, Set<String> covered) {
        if (uncovered.isEmpty()) {
            return List.of();
        }
        List<Row> rows = jdbc.sql("SELECT t.ID_, t.NAME_, t.TASK_DEF_KEY_, e.BUSINESS_KEY_, t.CREATE_TIME_, t.DUE_DATE_, l.GROUP_ID_ "
                        + "FROM ACT_RU_TASK t JOIN ACT_RU_IDENTITYLINK l ON l.TASK_ID_ = t.ID_ AND l.TYPE_ = 'candidate' "
                        + "LEFT JOIN ACT_RU_EXECUTION e ON e.ID_ = t.PROC_INST_ID_ "
                        + "WHERE t.ASSIGNEE_ IS NULL AND t.ID_ IN (SELECT u.TASK_ID_ FROM ACT_RU_IDENTITYLINK u "
                        + "WHERE u.TYPE_ = 'candidate' AND u.GROUP_ID_ IN ("
                        + String.join(", ", Collections.nCopies(uncovered.size(), "?")) + ")) "
                        + "ORDER BY t.CREATE_TIME_, t.ID_")
                .params(uncovered)
                .query((rs, n) -> new Row(new UncoveredTask(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        new ArrayList<>(), rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()), rs.getString(7)))
                .list();
        Map<String, UncoveredTask> found = new LinkedHashMap<>();
        Set<String> reachable = new HashSet<>();
        for (Row row : rows) {
            UncoveredTask task = found.computeIfAbsent(row.task().id(), id -> row.task());
            if (row.group() == null || covered.contains(row.group())) {
                reachable.add(task.id());
            } else {
                task.candidateGroups().add(row.group());
            }
        }
        return found.values().stream().filter(t -> !reachable.contains(t.id())).toList();
    }

    private record Row(UncoveredTask task, String group) {
    }
}
