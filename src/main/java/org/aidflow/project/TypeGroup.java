package org.aidflow.project;

/** The four groups the project types are counted under in reports and in approval routing. */
public enum TypeGroup {
    SERVICE_FACILITY, TALENT_INDUSTRY, RELIEF, CULTURE_EDUCATION
}
