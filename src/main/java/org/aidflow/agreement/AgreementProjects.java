package org.aidflow.agreement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the project feature tells an agreement about the projects it carries. Implemented there,
 * so that agreements need not know how projects are stored.
 */
public interface AgreementProjects {

    /**
     * Summaries of the agreement's projects, newest first, as the project list shows them (a JSON
     * view the project feature owns; an agreement names no project type, since projects depend on it).
     */
    List<Map<String, Object>> projects(long agreementId);

    /** The budgets of the agreement's live projects (not rejected or withdrawn). */
    BigDecimal committed(long agreementId);
}
