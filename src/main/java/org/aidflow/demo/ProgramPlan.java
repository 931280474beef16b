package org.aidflow.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.aidflow.directory.Pairing;
import org.aidflow.project.ProjectType;
import org.aidflow.project.TypeGroup;

/**
 * The whole program, drawn from a seed: its agreements and, for each project, what it is, where, for
 * how much, with which tranches, and how far it has come in August 2022. The same seed and scale give
 * the same plan. At scale 1 it has the article's shape ({@link ProgramShape}); at a smaller scale the
 * same shape with fewer projects (every type kept) and the group sums scaled alike.
 */
record ProgramPlan(long seed, double scale, List<AgreementPlan> agreements, List<ProjectPlan> projects) {

    /** Where a project stands when the load is done; the names are the project statuses it ends in. */
    enum Stage {
        UNDER_REVIEW(false), REJECTED(false), WITHDRAWN(false),
        APPROVED(true), IN_PROGRESS(true), COMPLETION_REVIEW(true), CLOSED(true), FAILED(true);

        /** Counted among the projects fixed, as the article counts them. */
        final boolean fixed;

        Stage(boolean fixed) {
            this.fixed = fixed;
        }
    }

    /** A signed agreement; {@code sites} are the unions its projects are sited with. */
    record AgreementPlan(int no, String donor, String recipient, List<String> sites, String title, long intended,
                         LocalDate signedOn) {
    }

    record TranchePlan(int no, long amount, LocalDate plannedOn, LocalDate transferredOn, LocalDate receivedOn) {
    }

    /**
     * The open task a project stops at ({@code trancheNo} 0 outside the tranches): an approval for a
     * proposal under review, the approval that rejects it or the one it is withdrawn at; a tranche step
     * for one approved or being paid; a completion step for one under completion review.
     */
    record Halt(String taskKey, int trancheNo) {
    }

    record ProjectPlan(int no, int agreement, String recipient, ProjectType type, String title, String description,
                       long budget, int beneficiaries, List<TranchePlan> tranches, Stage stage, Halt halt,
                       boolean rectify, long spent, LocalDate refundedOn) {

        TypeGroup group() {
            return type.group();
        }

        /** Tranches transferred and received by the end. */
        int paid() {
            return switch (stage) {
                case APPROVED, IN_PROGRESS -> halt.trancheNo() - 1;
                case COMPLETION_REVIEW, CLOSED, FAILED -> tranches.size();
                default -> 0;
            };
        }

        long transferred() {
            return tranches.subList(0, paid()).stream().mapToLong(TranchePlan::amount).sum();
        }

        boolean reported() {
            return stage == Stage.CLOSED || stage == Stage.FAILED
                    || (stage == Stage.COMPLETION_REVIEW && !halt.taskKey().equals("submitCompletionReport"));
        }

        long refund() {
            return stage == Stage.CLOSED || stage == Stage.FAILED ? budget - spent : 0;
        }
    }

    private static final LocalDate AUGUST_2022 = LocalDate.of(2022, 8, 5);

    /**
     * Draws the plan. {@code pairings} are the 2021–2025 round's; a donor paired with three or more
     * unions signs one agreement with a region for those of its divisions or prefectures that have no
     * counties named, when there are two or more of them (33 pairings make the article's 31 agreements).
     */
    static ProgramPlan draw(long seed, double scale, List<Pairing> pairings, Function<String, String> nameOf,
                            Function<String, String> regionOf) {
        if (!(scale > 0 && scale <= 1)) {
            throw new IllegalArgumentException("scale must be above 0 and at most 1: " + scale);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Deal> deals = deals(pairings, nameOf, regionOf);
        List<Draft> drafts = drafts(random, scale);
        Collections.shuffle(drafts, new java.util.Random(random.nextLong()));
        List<String> donors = deals.stream().map(Deal::donor).distinct().toList();
        ProgramTitles titles = new ProgramTitles();
        List<ProjectPlan> projects = new ArrayList<>();
        Map<Integer, Long> budgets = new HashMap<>();
        for (Draft d : drafts) {
            String donor = pickDonor(random, donors);
            List<Deal> own = deals.stream().filter(x -> x.donor().equals(donor)).toList();
            Deal deal = own.get(random.nextInt(own.size()));
            String site = deal.sites().get(random.nextInt(deal.sites().size()));
            List<String> places = deal.places().getOrDefault(site, List.of(ProgramTitles.place(nameOf.apply(site))));
            String place = places.get(random.nextInt(places.size()));
            ProjectPlan p = ProgramStages.project(random, projects.size() + 1, deal.no(), site, d.type(), d.budget(), d.stage(),
                    titles.project(random, place, d.type()));
            projects.add(p);
            budgets.merge(deal.no(), p.budget(), Long::sum);
        }
        List<AgreementPlan> agreements = deals.stream().map(d -> new AgreementPlan(d.no(), d.donor(), d.recipient(), d.sites(),
                ProgramTitles.agreement(nameOf.apply(d.donor()), nameOf.apply(d.recipient())),
                intended(budgets.getOrDefault(d.no(), 0L)), LocalDate.of(2021, 3, 1).plusDays(random.nextInt(26)))).toList();
        return new ProgramPlan(seed, scale, agreements, projects);
    }

    /** What an agreement intends: its projects' budgets with some headroom, rounded up to 100,000 yuan; 1,000,000 at least. */
    static long intended(long budgets) {
        long withRoom = (long) Math.ceil(budgets * ProgramShape.HEADROOM / 100_000.0) * 100_000L;
        return Math.max(withRoom, 1_000_000L);
    }

    /** A count at this scale: never below one, so that every type and stage stays in a small program. */
    static int scaled(int count, double scale) {
        return Math.max(1, (int) Math.round(count * scale));
    }

    /** One agreement to sign: its donor, recipient, the unions its projects go to and their counties. */
    private record Deal(int no, String donor, String recipient, List<String> sites, Map<String, List<String>> places) {
    }

    /** A project before it is placed: its type, budget and stage. */
    private record Draft(ProjectType type, long budget, Stage stage) {
    }

    private static List<Deal> deals(List<Pairing> pairings, Function<String, String> nameOf, Function<String, String> regionOf) {
        // by code, so that the plan does not depend on the order the pairings were read in
        Map<String, List<Pairing>> byDonor = new LinkedHashMap<>();
        pairings.stream().sorted(java.util.Comparator.comparing(Pairing::donorCode).thenComparing(Pairing::recipientCode))
                .forEach(p -> byDonor.computeIfAbsent(p.donorCode(), k -> new ArrayList<>()).add(p));
        List<Deal> deals = new ArrayList<>();
        for (var entry : byDonor.entrySet()) {
            List<Pairing> own = entry.getValue();
            Map<String, List<Pairing>> mergeable = new LinkedHashMap<>();
            if (own.size() >= 3) {
                own.stream().filter(p -> counties(p).isEmpty() && regionOf.apply(p.recipientCode()) != null)
                        .forEach(p -> mergeable.computeIfAbsent(regionOf.apply(p.recipientCode()), k -> new ArrayList<>()).add(p));
                mergeable.values().removeIf(l -> l.size() < 2);
            }
            Set<Pairing> merged = new HashSet<>();
            mergeable.values().forEach(merged::addAll);
            for (Pairing p : own) {
                if (!merged.contains(p)) {
                    Map<String, List<String>> places = counties(p).isEmpty() ? Map.of() : Map.of(p.recipientCode(), counties(p));
                    deals.add(new Deal(deals.size() + 1, p.donorCode(), p.recipientCode(), List.of(p.recipientCode()), places));
                }
            }
            for (var region : mergeable.entrySet()) {
                deals.add(new Deal(deals.size() + 1, entry.getKey(), region.getKey(),
                        region.getValue().stream().map(Pairing::recipientCode).toList(), Map.of()));
            }
        }
        return deals;
    }

    private static List<String> counties(Pairing p) {
        String c = p.countiesZh() == null ? "" : p.countiesZh().strip();
        return c.isEmpty() ? List.of() : List.of(c.split("\\s+"));
    }

    private static String pickDonor(SplittableRandom random, List<String> donors) {
        double total = donors.stream().mapToDouble(ProgramPlan::weight).sum();
        double r = random.nextDouble() * total;
        for (String d : donors) {
            r -= weight(d);
            if (r < 0) {
                return d;
            }
        }
        return donors.get(donors.size() - 1);
    }

    private static double weight(String donor) {
        return ProgramShape.LARGE_DONORS.getOrDefault(donor, ProgramShape.SMALL_WEIGHT);
    }

    /** Every project's type, budget and stage: the fixed ones group by group, then the proposals not fixed. */
    private static List<Draft> drafts(SplittableRandom random, double scale) {
        List<Draft> drafts = new ArrayList<>();
        for (ProgramShape.Group g : ProgramShape.GROUPS) {
            List<ProjectType> types = new ArrayList<>();
            g.counts().forEach((type, count) -> types.addAll(Collections.nCopies(scaled(count, scale), type)));
            long target = Math.round(g.budgetYuan() * scale / 1000.0) * 1000L;
            long[] budgets = ProgramStages.budgets(random, types, target);
            for (int i = 0; i < types.size(); i++) {
                drafts.add(new Draft(types.get(i), budgets[i], ProgramStages.fixedStage(random)));
            }
        }
        int failed = scaled(ProgramShape.FAILED, scale);
        for (int i = 0, n = 0; i < drafts.size() && n < failed; i += Math.max(1, drafts.size() / failed), n++) {
            drafts.set(i, new Draft(drafts.get(i).type(), drafts.get(i).budget(), Stage.FAILED));
        }
        ProjectType[] all = ProjectType.values();
        for (Stage stage : List.of(Stage.UNDER_REVIEW, Stage.REJECTED, Stage.WITHDRAWN)) {
            int count = scaled(switch (stage) {
                case UNDER_REVIEW -> ProgramShape.UNDER_REVIEW;
                case REJECTED -> ProgramShape.REJECTED;
                default -> ProgramShape.WITHDRAWN;
            }, scale);
            for (int i = 0; i < count; i++) {
                ProjectType type = all[random.nextInt(all.length)];
                drafts.add(new Draft(type, ProgramStages.budget(random, type), stage));
            }
        }
        return drafts;
    }
}
