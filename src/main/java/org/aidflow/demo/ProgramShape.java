package org.aidflow.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aidflow.project.ProjectType;
import org.aidflow.project.TypeGroup;

/**
 * The 2021–2025 program as the article (../shared/context/) reports it in August 2022: 19 donor
 * unions, 31 agreements, more than ten donors intending more than 20,000,000 yuan, and the projects
 * fixed so far per type group, with the facility types it lists. Counts and sums here are the ones a
 * program at scale 1 adds up to; the rest of the plan (spread, dates, stages) is drawn from a seed.
 */
final class ProgramShape {

    private ProgramShape() {
    }

    /** The projects of one type group: how many of each type, their budgets together, and each type's budget range. */
    record Group(TypeGroup group, long budgetYuan, Map<ProjectType, Integer> counts) {

        int projects() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** A type's budgets lie between these (yuan) before a group is scaled to its sum. */
    record Range(long min, long max) {
    }

    /**
     * 762 service facilities for 1.1亿 (the article's 257 model workers' homes, 10 innovation studios,
     * 54 worker libraries, 107 outdoor-worker stations, 26 childcare stations and 23 nursing rooms among
     * them), 622 talent and industry projects for a little over 9,700万, 266 relief projects for a little
     * over 6,300万, and culture and education taking the program to 3.7亿 within 1,600–1,699 projects.
     */
    static final List<Group> GROUPS = List.of(
            new Group(TypeGroup.SERVICE_FACILITY, 110_480_000L, ordered(
                    ProjectType.MODEL_WORKER_HOME, 257, ProjectType.INNOVATION_STUDIO, 10, ProjectType.WORKER_LIBRARY, 54,
                    ProjectType.OUTDOOR_WORKER_STATION, 107, ProjectType.CHILDCARE_STATION, 26, ProjectType.NURSING_ROOM, 23,
                    ProjectType.WORKERS_CULTURAL_PALACE, 15, ProjectType.SERVICE_CENTER, 270)),
            new Group(TypeGroup.TALENT_INDUSTRY, 97_360_000L, ordered(
                    ProjectType.CRAFTSMAN_TRAINING, 190, ProjectType.INDUSTRY_SUPPORT, 120, ProjectType.CADRE_TRAINING, 172,
                    ProjectType.VOCATIONAL_TRAINING, 140)),
            new Group(TypeGroup.RELIEF, 63_270_000L, ordered(
                    ProjectType.WARMTH_DELIVERY, 80, ProjectType.GOLDEN_AUTUMN_SCHOLARSHIP, 70, ProjectType.HARDSHIP_ASSISTANCE, 60,
                    ProjectType.MEDICAL_MUTUAL_AID, 30, ProjectType.CONSUMPTION_ASSISTANCE, 26)),
            new Group(TypeGroup.CULTURE_EDUCATION, 99_040_000L, ordered(
                    ProjectType.PUBLICITY_EDUCATION, 12, ProjectType.CULTURAL_EXCHANGE, 14, ProjectType.LANGUAGE_TRAINING, 14)));

    /** Proposals not (yet) fixed in August 2022, outside the article's figures. */
    static final int UNDER_REVIEW = 38;
    static final int REJECTED = 9;
    static final int WITHDRAWN = 6;
    /** Projects that failed their inspection and paid back what they had not spent. */
    static final int FAILED = 5;

    /**
     * The donors the article names among those intending more than 20,000,000 yuan ("北京、山西、辽宁、
     * 福建等10多个省市援助意向超过2000万元") and the others that did so too, with their weights: each
     * takes two to three times the share of each of the other seven.
     */
    static final Map<String, Double> LARGE_DONORS = Map.ofEntries(Map.entry("BJ", 1.3), Map.entry("SH", 1.2),
            Map.entry("GD", 1.2), Map.entry("JS", 1.1), Map.entry("ZJ", 1.1), Map.entry("SD", 1.0), Map.entry("FJ", 1.0),
            Map.entry("LN", 1.0), Map.entry("SX", 1.0), Map.entry("TJ", 0.9), Map.entry("HA", 0.9), Map.entry("HB", 0.9));
    static final double SMALL_WEIGHT = 0.42;

    /** An agreement intends this much more than its projects' budgets, rounded up to 100,000 yuan. */
    static final double HEADROOM = 1.12;

    static final Map<ProjectType, Range> RANGES = Map.ofEntries(
            Map.entry(ProjectType.MODEL_WORKER_HOME, new Range(60_000, 250_000)),
            Map.entry(ProjectType.INNOVATION_STUDIO, new Range(200_000, 800_000)),
            Map.entry(ProjectType.WORKER_LIBRARY, new Range(30_000, 150_000)),
            Map.entry(ProjectType.OUTDOOR_WORKER_STATION, new Range(50_000, 300_000)),
            Map.entry(ProjectType.CHILDCARE_STATION, new Range(100_000, 400_000)),
            Map.entry(ProjectType.NURSING_ROOM, new Range(20_000, 100_000)),
            Map.entry(ProjectType.WORKERS_CULTURAL_PALACE, new Range(1_000_000, 4_000_000)),
            Map.entry(ProjectType.SERVICE_CENTER, new Range(100_000, 600_000)),
            Map.entry(ProjectType.CRAFTSMAN_TRAINING, new Range(80_000, 400_000)),
            Map.entry(ProjectType.INDUSTRY_SUPPORT, new Range(150_000, 800_000)),
            Map.entry(ProjectType.CADRE_TRAINING, new Range(50_000, 250_000)),
            Map.entry(ProjectType.VOCATIONAL_TRAINING, new Range(60_000, 350_000)),
            Map.entry(ProjectType.WARMTH_DELIVERY, new Range(50_000, 500_000)),
            Map.entry(ProjectType.GOLDEN_AUTUMN_SCHOLARSHIP, new Range(60_000, 600_000)),
            Map.entry(ProjectType.HARDSHIP_ASSISTANCE, new Range(50_000, 500_000)),
            Map.entry(ProjectType.MEDICAL_MUTUAL_AID, new Range(100_000, 800_000)),
            Map.entry(ProjectType.CONSUMPTION_ASSISTANCE, new Range(100_000, 600_000)),
            Map.entry(ProjectType.PUBLICITY_EDUCATION, new Range(500_000, 5_000_000)),
            Map.entry(ProjectType.CULTURAL_EXCHANGE, new Range(800_000, 6_000_000)),
            Map.entry(ProjectType.LANGUAGE_TRAINING, new Range(800_000, 5_000_000)));

    /** What a project of a group is called in Chinese titles, after its place. */
    static final Map<ProjectType, String> WHAT = Map.ofEntries(
            Map.entry(ProjectType.MODEL_WORKER_HOME, "模范职工之家建设"),
            Map.entry(ProjectType.INNOVATION_STUDIO, "劳模创新工作室"),
            Map.entry(ProjectType.WORKER_LIBRARY, "职工书屋"),
            Map.entry(ProjectType.OUTDOOR_WORKER_STATION, "户外劳动者服务站"),
            Map.entry(ProjectType.CHILDCARE_STATION, "职工托幼服务站"),
            Map.entry(ProjectType.NURSING_ROOM, "女职工哺乳室"),
            Map.entry(ProjectType.WORKERS_CULTURAL_PALACE, "工人文化宫改扩建"),
            Map.entry(ProjectType.SERVICE_CENTER, "职工服务中心"),
            Map.entry(ProjectType.CRAFTSMAN_TRAINING, "新疆工匠人才培训"),
            Map.entry(ProjectType.INDUSTRY_SUPPORT, "产业扶持"),
            Map.entry(ProjectType.CADRE_TRAINING, "工会干部培训班"),
            Map.entry(ProjectType.VOCATIONAL_TRAINING, "订单式职业技能培训"),
            Map.entry(ProjectType.WARMTH_DELIVERY, "送温暖慰问"),
            Map.entry(ProjectType.GOLDEN_AUTUMN_SCHOLARSHIP, "金秋助学"),
            Map.entry(ProjectType.HARDSHIP_ASSISTANCE, "困难职工帮扶"),
            Map.entry(ProjectType.MEDICAL_MUTUAL_AID, "职工医疗互助保障"),
            Map.entry(ProjectType.CONSUMPTION_ASSISTANCE, "消费帮扶"),
            Map.entry(ProjectType.PUBLICITY_EDUCATION, "“劳动创造幸福”主题宣传教育"),
            Map.entry(ProjectType.CULTURAL_EXCHANGE, "职工文化交流"),
            Map.entry(ProjectType.LANGUAGE_TRAINING, "职工国家通用语言培训"));

    /** Where in a county or city a facility stands. */
    static final List<String> SITES = List.of("城区", "工业园区", "经济技术开发区", "火车站", "汽车客运站", "物流园",
            "环卫所", "建筑工地", "人民医院", "第一中学", "纺织产业园", "农贸市场", "供电公司", "自来水公司", "商贸城",
            "步行街", "高速公路服务区", "快递分拨中心", "现代农业产业园", "棉纺厂", "石化企业", "口岸", "边境执勤点",
            "社区服务中心", "街道", "乡镇", "团场", "连队", "职业技术学校", "城市公交公司");

    /** The focus area of each type group, for proposals and agreements. */
    static String focusArea(TypeGroup group) {
        return switch (group) {
            case SERVICE_FACILITY -> "FACILITY";
            case TALENT_INDUSTRY -> "TALENT";
            case RELIEF -> "LIVELIHOOD";
            case CULTURE_EDUCATION -> "CULTURE";
        };
    }

    private static Map<ProjectType, Integer> ordered(Object... typeAndCount) {
        Map<ProjectType, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < typeAndCount.length; i += 2) {
            counts.put((ProjectType) typeAndCount[i], (Integer) typeAndCount[i + 1]);
        }
        return counts;
    }
}
