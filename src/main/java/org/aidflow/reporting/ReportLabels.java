package org.aidflow.reporting;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.aidflow.agreement.FocusArea;
import org.aidflow.directory.Directory;
import org.aidflow.directory.Union;
import org.aidflow.project.ProjectStatus;
import org.aidflow.project.ProjectType;
import org.aidflow.project.TypeGroup;
import org.springframework.stereotype.Component;

/**
 * The Chinese and English names that reports print for type groups, project types, statuses and
 * focus areas: the names of processes.md, in English as the front end shows them. Every report row
 * carries both, whatever the caller's language, so one export serves both readers. Unions are named
 * as the union directory names them.
 */
@Component
class ReportLabels {

    record Label(String zh, String en) {
    }

    static final Map<TypeGroup, Label> TYPE_GROUPS = new EnumMap<>(Map.of(
            TypeGroup.SERVICE_FACILITY, new Label("直接服务职工设施", "Service facilities for workers"),
            TypeGroup.TALENT_INDUSTRY, new Label("人才与产业", "Talent and industry"),
            TypeGroup.RELIEF, new Label("帮扶慰问", "Relief and support"),
            TypeGroup.CULTURE_EDUCATION, new Label("宣传教育与文化", "Publicity, education and culture")));

    static final Map<ProjectType, Label> TYPES = new EnumMap<>(ProjectType.class);

    static {
        type(ProjectType.OUTDOOR_WORKER_STATION, "户外劳动者服务站点", "Outdoor worker station");
        type(ProjectType.WORKER_LIBRARY, "职工书屋", "Worker library");
        type(ProjectType.INNOVATION_STUDIO, "劳模和工匠人才创新工作室", "Innovation studio");
        type(ProjectType.WORKERS_CULTURAL_PALACE, "工人文化宫", "Workers' cultural palace");
        type(ProjectType.MODEL_WORKER_HOME, "模范职工之家", "Model workers' home");
        type(ProjectType.CHILDCARE_STATION, "职工托幼服务站", "Childcare station");
        type(ProjectType.NURSING_ROOM, "女职工哺乳室", "Nursing room");
        type(ProjectType.SERVICE_CENTER, "职工服务中心", "Service center");
        type(ProjectType.CRAFTSMAN_TRAINING, "工匠人才培训", "Craftsman training");
        type(ProjectType.INDUSTRY_SUPPORT, "产业扶持", "Industry support");
        type(ProjectType.CADRE_TRAINING, "工会干部培训", "Cadre training");
        type(ProjectType.VOCATIONAL_TRAINING, "职业技能培训", "Vocational training");
        type(ProjectType.WARMTH_DELIVERY, "送温暖", "Warmth delivery");
        type(ProjectType.GOLDEN_AUTUMN_SCHOLARSHIP, "金秋助学", "Golden autumn scholarship");
        type(ProjectType.HARDSHIP_ASSISTANCE, "困难职工帮扶", "Hardship assistance");
        type(ProjectType.MEDICAL_MUTUAL_AID, "职工医疗互助", "Medical mutual aid");
        type(ProjectType.CONSUMPTION_ASSISTANCE, "消费帮扶", "Consumption assistance");
        type(ProjectType.PUBLICITY_EDUCATION, "主题宣传教育", "Publicity and education");
        type(ProjectType.CULTURAL_EXCHANGE, "文化交流", "Cultural exchange");
        type(ProjectType.LANGUAGE_TRAINING, "国家通用语言培训", "Language training");
    }

    static final Map<ProjectStatus, Label> STATUSES = new EnumMap<>(Map.of(
            ProjectStatus.UNDER_REVIEW, new Label("审查中", "Under review"),
            ProjectStatus.APPROVED, new Label("已批准", "Approved"),
            ProjectStatus.IN_PROGRESS, new Label("实施中", "In progress"),
            ProjectStatus.COMPLETION_REVIEW, new Label("验收中", "Completion review"),
            ProjectStatus.CLOSED, new Label("已结项", "Closed"),
            ProjectStatus.FAILED, new Label("验收未通过", "Failed inspection"),
            ProjectStatus.REJECTED, new Label("已驳回", "Rejected"),
            ProjectStatus.WITHDRAWN, new Label("已撤回", "Withdrawn")));

    static final Map<FocusArea, Label> FOCUS_AREAS = new EnumMap<>(Map.of(
            FocusArea.LIVELIHOOD, new Label("民生援疆", "Livelihood"),
            FocusArea.TALENT, new Label("人才援疆", "Talent"),
            FocusArea.FACILITY, new Label("设施援疆", "Facilities"),
            FocusArea.CULTURE, new Label("文化润疆", "Culture")));

    static final Label TOTAL = new Label("合计", "Total");

    private final Directory directory;

    ReportLabels(Directory directory) {
        this.directory = directory;
    }

    /** The names of a group key; an unknown code is its own name. */
    Label of(GroupBy groupBy, String key) {
        Label label = switch (groupBy) {
            case TYPE_GROUP -> lookUp(TYPE_GROUPS, TypeGroup.class, key);
            case TYPE -> lookUp(TYPES, ProjectType.class, key);
            case STATUS -> lookUp(STATUSES, ProjectStatus.class, key);
            case FOCUS_AREA -> lookUp(FOCUS_AREAS, FocusArea.class, key);
            case DONOR, RECIPIENT -> directory.find(key).map(u -> new Label(u.nameZh(), u.nameEn())).orElse(null);
        };
        return label == null ? new Label(key, key) : label;
    }

    /** Where a group's row goes: codes in the order of processes.md, unions in directory order, unknown keys last. */
    int rank(GroupBy groupBy, String key) {
        int rank = switch (groupBy) {
            case TYPE_GROUP -> ordinal(TypeGroup.class, key);
            case TYPE -> ordinal(ProjectType.class, key);
            case STATUS -> ordinal(ProjectStatus.class, key);
            case FOCUS_AREA -> ordinal(FocusArea.class, key);
            case DONOR, RECIPIENT -> unionCodes().indexOf(key);
        };
        return rank < 0 ? Integer.MAX_VALUE : rank;
    }

    private List<String> unionCodes() {
        return directory.all().stream().map(Union::code).toList();
    }

    private static <E extends Enum<E>> Label lookUp(Map<E, Label> labels, Class<E> type, String key) {
        int ordinal = ordinal(type, key);
        return ordinal < 0 ? null : labels.get(type.getEnumConstants()[ordinal]);
    }

    private static <E extends Enum<E>> int ordinal(Class<E> type, String key) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(key)) {
                return e.ordinal();
            }
        }
        return -1;
    }

    private static void type(ProjectType type, String zh, String en) {
        TYPES.put(type, new Label(zh, en));
    }
}
