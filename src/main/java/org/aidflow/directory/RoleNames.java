package org.aidflow.directory;

import java.util.Map;

/** How roles are called in Chinese, for display names. */
final class RoleNames {

    private static final Map<String, String> ZH = Map.of(
            "proposer", "项目专员",
            "leader", "负责人",
            "finance", "财务",
            "auditor", "审计",
            "officer", "经办人",
            "inspector", "验收员",
            "admin", "系统管理员");

    private RoleNames() {
    }

    static String zh(String role) {
        return ZH.getOrDefault(role, role);
    }
}
