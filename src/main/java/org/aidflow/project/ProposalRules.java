package org.aidflow.project;

import java.math.BigDecimal;
import java.util.List;

/**
 * Rules other features add to a proposal (a funding plan's year, performance targets), asked on every
 * submission, revision and final approval. Implemented there, so that projects need not know plans.
 */
public interface ProposalRules {

    /** What a proposal asks for; {@code projectId} is null before the project exists. */
    record Proposal(long agreementId, Long projectId, String type, BigDecimal budget, Integer planYear,
                    List<IndicatorTarget> indicators) {
    }

    /** Input rules (400): adds problems, throws nothing. */
    void check(Proposal proposal, org.aidflow.web.Checks checks);

    /** State rules (409), with the agreement row locked, before anything is stored. */
    void checkState(Proposal proposal);

    /** Stores what the rule owns, once the project row is written. */
    void stored(long projectId, Proposal proposal);

    /** The targets the project has now (for a revision that leaves them as they are). */
    default List<IndicatorTarget> targets(long projectId) {
        return List.of();
    }

    /** The last approval is about to allocate the project's budget: refuse (409) if that breaks a rule. */
    default void approving(Project project) {
    }
}
