package org.aidflow.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.aidflow.demo.ProgramPlan.Halt;
import org.aidflow.demo.ProgramPlan.ProjectPlan;
import org.aidflow.demo.ProgramPlan.Stage;
import org.aidflow.demo.ProgramPlan.TranchePlan;
import org.aidflow.project.ProjectType;

/**
 * A project's budget, tranches, dates and how far it has come, drawn the way a program looks in August
 * 2022: most projects approved and being paid, some closed (a few after a rectification, about half
 * with money refunded), some under completion review, a few failed.
 */
final class ProgramStages {

    private static final LocalDate END = LocalDate.of(2022, 8, 5);

    private ProgramStages() {
    }

    static Stage fixedStage(SplittableRandom random) {
        double r = random.nextDouble();
        return r < 0.12 ? Stage.APPROVED : r < 0.775 ? Stage.IN_PROGRESS : r < 0.835 ? Stage.COMPLETION_REVIEW : Stage.CLOSED;
    }

    /** A budget within the type's range, spread evenly on a log scale, in thousands of yuan. */
    static long budget(SplittableRandom random, ProjectType type) {
        ProgramShape.Range range = ProgramShape.RANGES.get(type);
        double log = Math.log(range.min()) + random.nextDouble() * (Math.log(range.max()) - Math.log(range.min()));
        return Math.max(10_000L, Math.round(Math.exp(log) / 1000.0) * 1000L);
    }

    /**
     * Budgets for the given types that add up to {@code target} exactly: drawn per type, scaled to the
     * target, rounded to thousands; the largest takes what rounding left over.
     */
    static long[] budgets(SplittableRandom random, List<ProjectType> types, long target) {
        double[] raw = new double[types.size()];
        double sum = 0;
        for (int i = 0; i < raw.length; i++) {
            raw[i] = budget(random, types.get(i));
            sum += raw[i];
        }
        long[] budgets = new long[raw.length];
        long total = 0;
        int largest = 0;
        for (int i = 0; i < raw.length; i++) {
            budgets[i] = Math.max(10_000L, Math.round(raw[i] * target / sum / 1000.0) * 1000L);
            total += budgets[i];
            largest = budgets[i] > budgets[largest] ? i : largest;
        }
        budgets[largest] += target - total;
        return budgets;
    }

    static ProjectPlan project(SplittableRandom random, int no, int agreement, String recipient, ProjectType type, long budget,
                               Stage stage, String title) {
        LocalDate proposed = proposed(random, stage);
        int count = budget < 100_000 ? 2 : budget < 1_000_000 ? 2 + random.nextInt(2) : 3 + random.nextInt(2);
        Halt halt = halt(random, stage, count);
        boolean rectify = (stage == Stage.CLOSED && random.nextDouble() < 0.1)
                || (stage == Stage.COMPLETION_REVIEW && halt.taskKey().equals("rectifyCompletion"));
        int paid = switch (stage) {
            case APPROVED, IN_PROGRESS -> halt.trancheNo() - 1;
            case COMPLETION_REVIEW, CLOSED, FAILED -> count;
            default -> 0;
        };
        List<TranchePlan> tranches = tranches(random, budget, count, proposed, paid);
        long spent = switch (stage) {
            case CLOSED -> random.nextDouble() < 0.45 ? hundreds(budget * (0.90 + 0.09 * random.nextDouble())) : budget;
            case FAILED -> hundreds(budget * (0.3 + 0.4 * random.nextDouble()));
            case COMPLETION_REVIEW -> hundreds(budget * (0.92 + 0.08 * random.nextDouble()));
            default -> 0;
        };
        LocalDate lastReceived = paid == 0 ? proposed : tranches.get(paid - 1).receivedOn();
        String description = title + "。" + purpose(type) + "（2021—2025年工会对口援疆项目）";
        return new ProjectPlan(no, agreement, recipient, type, title, description, budget, beneficiaries(random, type), tranches,
                stage, halt, rectify, spent, lastReceived.plusDays(10 + random.nextInt(10)));
    }

    private static LocalDate proposed(SplittableRandom random, Stage stage) {
        return switch (stage) {
            case CLOSED, FAILED, COMPLETION_REVIEW -> LocalDate.of(2021, 4, 1).plusDays(random.nextInt(150));
            case IN_PROGRESS -> LocalDate.of(2021, 4, 1).plusDays(random.nextInt(330));
            case APPROVED -> LocalDate.of(2021, 10, 1).plusDays(random.nextInt(250));
            default -> LocalDate.of(2022, 6, 1).plusDays(random.nextInt(60));
        };
    }

    private static Halt halt(SplittableRandom random, Stage stage, int tranches) {
        double r = random.nextDouble();
        return switch (stage) {
            case UNDER_REVIEW, REJECTED -> new Halt(r < 0.55 ? "approveProposalDonor" : "reviewProposalRecipient", 0);
            case WITHDRAWN -> new Halt("approveProposalDonor", 0);
            case APPROVED -> new Halt(trancheStep(r), 1);
            case IN_PROGRESS -> new Halt(trancheStep(r), 2 + random.nextInt(tranches - 1));
            case COMPLETION_REVIEW -> new Halt(r < 0.4 ? "submitCompletionReport" : r < 0.8 ? "inspectCompletion" : "rectifyCompletion", 0);
            case CLOSED, FAILED -> new Halt(null, 0);
        };
    }

    private static String trancheStep(double r) {
        return r < 0.55 ? "requestTranche" : r < 0.85 ? "approveTranche" : "recordTransfer";
    }

    /** Shares of the budget per tranche, in hundreds of yuan, the last taking the rest; the paid ones transferred by August 2022. */
    private static List<TranchePlan> tranches(SplittableRandom random, long budget, int count, LocalDate proposed, int paid) {
        double[] shares = switch (count) {
            case 2 -> random.nextBoolean() ? new double[] {0.5, 0.5} : new double[] {0.6, 0.4};
            case 3 -> new double[] {0.4, 0.3, 0.3};
            default -> new double[] {0.3, 0.3, 0.2, 0.2};
        };
        LocalDate first = proposed.plusDays(45);
        LocalDate last = END.isBefore(first.plusDays(120L * paid)) ? END : first.plusDays(120L * paid);
        long span = Math.max(0, ChronoUnit.DAYS.between(first, last));
        List<TranchePlan> tranches = new ArrayList<>();
        long left = budget;
        for (int i = 0; i < count; i++) {
            long amount = i == count - 1 ? left : hundreds(budget * shares[i]);
            left -= amount;
            LocalDate transferred = i < paid ? first.plusDays(span * i / Math.max(1, paid)) : null;
            LocalDate received = transferred == null ? null : transferred.plusDays(1 + random.nextInt(4));
            tranches.add(new TranchePlan(i + 1, amount, proposed.plusDays(45 + 90L * i), transferred, received));
        }
        return tranches;
    }

    private static int beneficiaries(SplittableRandom random, ProjectType type) {
        return switch (type.group()) {
            case SERVICE_FACILITY -> 300 + random.nextInt(4700);
            case TALENT_INDUSTRY -> 40 + random.nextInt(360);
            case RELIEF -> 100 + random.nextInt(2900);
            case CULTURE_EDUCATION -> 500 + random.nextInt(19_500);
        };
    }

    private static String purpose(ProjectType type) {
        return switch (type.group()) {
            case SERVICE_FACILITY -> "建设直接服务职工的阵地，改善一线职工生产生活条件";
            case TALENT_INDUSTRY -> "培养新疆工匠人才，扶持特色产业，提升职工技能";
            case RELIEF -> "向困难职工及其家庭送温暖、助学、帮扶";
            case CULTURE_EDUCATION -> "开展文化润疆与宣传教育，丰富职工精神文化生活";
        };
    }

    private static long hundreds(double yuan) {
        return Math.max(100L, (long) Math.floor(yuan / 100.0) * 100L);
    }
}
