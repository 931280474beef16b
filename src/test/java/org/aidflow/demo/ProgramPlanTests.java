package org.aidflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.aidflow.demo.ProgramPlan.AgreementPlan;
import org.aidflow.demo.ProgramPlan.ProjectPlan;
import org.aidflow.directory.Pairing;
import org.aidflow.project.ProjectType;
import org.aidflow.project.TypeGroup;
import org.junit.jupiter.api.Test;

/** The plan of the whole program has the article's shape, and the same seed draws the same plan. */
class ProgramPlanTests {

    static final Map<String, String[]> UNIONS = unions();
    static final List<Pairing> PAIRINGS = pairings();

    static ProgramPlan draw(long seed, double scale) {
        return ProgramPlan.draw(seed, scale, PAIRINGS, code -> UNIONS.get(code)[2], code -> UNIONS.get(code)[1]);
    }

    @Test
    void hasTheArticlesShapeAtScaleOne() {
        ProgramPlan plan = draw(2021, 1);

        assertThat(plan.agreements()).hasSize(31);
        assertThat(plan.agreements().stream().map(AgreementPlan::donor).distinct()).hasSize(19);
        List<ProjectPlan> fixed = plan.projects().stream().filter(p -> p.stage().fixed).toList();
        assertThat(count(fixed, TypeGroup.SERVICE_FACILITY)).isEqualTo(762);
        assertThat(count(fixed, TypeGroup.TALENT_INDUSTRY)).isEqualTo(622);
        assertThat(count(fixed, TypeGroup.RELIEF)).isEqualTo(266);
        assertThat(fixed.size()).isBetween(1600, 1699);
        assertThat(sum(fixed, TypeGroup.SERVICE_FACILITY)).isBetween(105_000_000L, 114_999_999L); // 1.1亿
        assertThat(sum(fixed, TypeGroup.TALENT_INDUSTRY)).isBetween(97_000_001L, 97_999_999L); // a little over 9,700万
        assertThat(sum(fixed, TypeGroup.RELIEF)).isBetween(63_000_001L, 63_999_999L); // a little over 6,300万
        assertThat(fixed.stream().mapToLong(ProjectPlan::budget).sum()).isBetween(365_000_000L, 374_999_999L); // 3.7亿
        Map<ProjectType, Long> facilities = fixed.stream().collect(Collectors.groupingBy(ProjectPlan::type, Collectors.counting()));
        assertThat(facilities).containsEntry(ProjectType.MODEL_WORKER_HOME, 257L).containsEntry(ProjectType.WORKER_LIBRARY, 54L)
                .containsEntry(ProjectType.OUTDOOR_WORKER_STATION, 107L).containsEntry(ProjectType.CHILDCARE_STATION, 26L)
                .containsEntry(ProjectType.NURSING_ROOM, 23L).containsEntry(ProjectType.INNOVATION_STUDIO, 10L);
        // more than ten donors intend more than 20,000,000 yuan, Beijing, Shanxi, Liaoning and Fujian among them
        Map<String, Long> intended = new HashMap<>();
        plan.agreements().forEach(a -> intended.merge(a.donor(), a.intended(), Long::sum));
        Set<String> large = intended.entrySet().stream().filter(e -> e.getValue() > 20_000_000L).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertThat(large).hasSizeGreaterThan(10).contains("BJ", "SX", "LN", "FJ");
        // some proposals are not fixed yet, and every stage occurs
        assertThat(plan.projects().stream().map(ProjectPlan::stage).distinct()).containsExactlyInAnyOrder(ProgramPlan.Stage.values());
    }

    @Test
    void keepsEveryRuleTheServerChecks() {
        for (double scale : new double[] {1, 0.05}) {
            ProgramPlan plan = draw(7, scale);
            Set<String> titles = new HashSet<>();
            Map<Integer, Long> budgets = new HashMap<>();
            for (ProjectPlan p : plan.projects()) {
                assertThat(titles.add(p.agreement() + "/" + p.title())).as(p.title()).isTrue();
                assertThat(p.tranches()).hasSizeBetween(2, 4);
                assertThat(p.tranches().stream().mapToLong(ProgramPlan.TranchePlan::amount).sum()).isEqualTo(p.budget());
                assertThat(p.tranches()).allMatch(t -> t.amount() > 0);
                assertThat(p.spent()).isBetween(0L, p.transferred());
                AgreementPlan a = plan.agreements().get(p.agreement() - 1);
                assertThat(a.sites()).contains(p.recipient());
                for (int i = 0; i < p.paid(); i++) {
                    assertThat(p.tranches().get(i).receivedOn()).isAfter(p.tranches().get(i).transferredOn())
                            .isBefore(java.time.LocalDate.of(2022, 8, 15));
                }
                budgets.merge(p.agreement(), p.budget(), Long::sum);
            }
            plan.agreements().forEach(a -> assertThat(a.intended()).isGreaterThanOrEqualTo(budgets.getOrDefault(a.no(), 0L)));
        }
    }

    @Test
    void drawsTheSamePlanFromTheSameSeed() {
        assertThat(draw(2021, 0.05)).isEqualTo(draw(2021, 0.05));
        assertThat(draw(2021, 0.05)).isNotEqualTo(draw(2022, 0.05));
        ProgramPlan small = draw(2021, 0.05);
        assertThat(count(small.projects().stream().filter(p -> p.stage().fixed).toList(), TypeGroup.SERVICE_FACILITY))
                .isBetween(38L, 45L); // every facility type kept, at least one each
    }

    private static long count(List<ProjectPlan> projects, TypeGroup group) {
        return projects.stream().filter(p -> p.group() == group).count();
    }

    private static long sum(List<ProjectPlan> projects, TypeGroup group) {
        return projects.stream().filter(p -> p.group() == group).mapToLong(ProjectPlan::budget).sum();
    }

    private static List<String[]> csv(String name) {
        try (InputStream in = ProgramPlanTests.class.getResourceAsStream("/directory/" + name)) {
            List<String[]> rows = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    rows.add(lines[i].split(",", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String[]> unions() {
        Map<String, String[]> unions = new HashMap<>();
        csv("unions.csv").forEach(r -> unions.put(r[0], new String[] {r[1], r[2].isEmpty() ? null : r[2], r[3]}));
        return unions;
    }

    private static List<Pairing> pairings() {
        return csv("pairings.csv").stream().map(r -> new Pairing(r[0], r[1], r.length > 2 ? r[2] : "")).toList();
    }
}
