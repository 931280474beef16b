package org.aidflow.demo;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.aidflow.project.ProjectType;
import org.aidflow.project.TypeGroup;

/**
 * Chinese titles the way union offices write them: a place and what is built or done there
 * (和田县火车站户外劳动者服务站), or a place, a year and a course or campaign with its round
 * (莎车县2022年新疆工匠人才培训（第3期）). Every title of a program is different, so that a
 * project is found again by its agreement and title when a load resumes.
 */
final class ProgramTitles {

    private static final String[] PHASES = {"二期", "三期", "四期", "五期", "六期", "七期", "八期", "九期", "十期"};

    private final Set<String> used = new HashSet<>();
    private final Map<String, Integer> rounds = new HashMap<>();

    String project(SplittableRandom random, String place, ProjectType type) {
        String what = ProgramShape.WHAT.get(type);
        if (type.group() == TypeGroup.SERVICE_FACILITY) {
            String site = ProgramShape.SITES.get(random.nextInt(ProgramShape.SITES.size()));
            String title = place + site + what;
            for (int i = 0; !used.add(title); i++) {
                title = place + site + what + "（" + (i < PHASES.length ? PHASES[i] : "第" + (i + 2) + "期") + "）";
            }
            return title;
        }
        String base = place + (2021 + random.nextInt(2)) + "年" + what;
        int round = rounds.merge(base, 1, Integer::sum);
        String title = base + "（第" + round + "期）";
        used.add(title);
        return title;
    }

    static String agreement(String donorName, String recipientName) {
        return donorName + "与" + recipientName + "对口援疆协议（2021—2025年）";
    }

    /** The place a union stands for: its name without "总工会" (兵团第十四师昆玉市, 喀什地区). */
    static String place(String unionName) {
        return unionName.endsWith("总工会") ? unionName.substring(0, unionName.length() - 3) : unionName;
    }
}
