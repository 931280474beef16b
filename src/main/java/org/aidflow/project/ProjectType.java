package org.aidflow.project;

import java.util.Arrays;

/** The twenty project types of processes.md, each in one type group. */
public enum ProjectType {
    OUTDOOR_WORKER_STATION(TypeGroup.SERVICE_FACILITY),
    WORKER_LIBRARY(TypeGroup.SERVICE_FACILITY),
    INNOVATION_STUDIO(TypeGroup.SERVICE_FACILITY),
    WORKERS_CULTURAL_PALACE(TypeGroup.SERVICE_FACILITY),
    MODEL_WORKER_HOME(TypeGroup.SERVICE_FACILITY),
    CHILDCARE_STATION(TypeGroup.SERVICE_FACILITY),
    NURSING_ROOM(TypeGroup.SERVICE_FACILITY),
    SERVICE_CENTER(TypeGroup.SERVICE_FACILITY),
    CRAFTSMAN_TRAINING(TypeGroup.TALENT_INDUSTRY),
    INDUSTRY_SUPPORT(TypeGroup.TALENT_INDUSTRY),
    CADRE_TRAINING(TypeGroup.TALENT_INDUSTRY),
    VOCATIONAL_TRAINING(TypeGroup.TALENT_INDUSTRY),
    WARMTH_DELIVERY(TypeGroup.RELIEF),
    GOLDEN_AUTUMN_SCHOLARSHIP(TypeGroup.RELIEF),
    HARDSHIP_ASSISTANCE(TypeGroup.RELIEF),
    MEDICAL_MUTUAL_AID(TypeGroup.RELIEF),
    CONSUMPTION_ASSISTANCE(TypeGroup.RELIEF),
    PUBLICITY_EDUCATION(TypeGroup.CULTURE_EDUCATION),
    CULTURAL_EXCHANGE(TypeGroup.CULTURE_EDUCATION),
    LANGUAGE_TRAINING(TypeGroup.CULTURE_EDUCATION);

    private final TypeGroup group;

    ProjectType(TypeGroup group) {
        this.group = group;
    }

    public TypeGroup group() {
        return group;
    }

    static boolean isKnown(String name) {
        return Arrays.stream(values()).anyMatch(t -> t.name().equals(name));
    }
}
