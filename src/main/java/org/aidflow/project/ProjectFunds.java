package org.aidflow.project;

import java.util.Map;

/**
 * What the funds feature tells a project about its tranches as they happen. Implemented there, so
 * that projects need not know how tranches are stored.
 */
public interface ProjectFunds {

    /** The actual state of each tranche requested so far, by tranche number. */
    Map<Integer, TrancheActual> tranches(long projectId);
}
