package org.aidflow.agreement;

import java.util.Arrays;

/** The four focus areas every agreement and project is counted under. */
public enum FocusArea {
    LIVELIHOOD, TALENT, FACILITY, CULTURE;

    public static boolean isKnown(String name) {
        return Arrays.stream(values()).anyMatch(f -> f.name().equals(name));
    }
}
