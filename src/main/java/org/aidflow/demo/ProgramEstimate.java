package org.aidflow.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.aidflow.demo.ProgramPlan.ProjectPlan;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;

/**
 * How many requests a plan takes, for the progress bar's total and time left. The approvals a
 * proposal needs come from the deployed routing table, evaluated here on its own (a decision
 * evaluated through the engine would be written to its history as if a project had been routed).
 */
final class ProgramEstimate {

    static final int AGREEMENT_STEPS = 6; // draft, review, two uploads, two signatures

    private ProgramEstimate() {
    }

    static long steps(ProgramPlan plan, RepositoryService repository) {
        DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        DmnDecision routing = routing(repository, dmn);
        long steps = (long) AGREEMENT_STEPS * plan.agreements().size();
        for (ProjectPlan p : plan.projects()) {
            DmnDecisionRuleResult route = dmn.evaluateDecisionTable(routing, Variables.createVariables()
                    .putValue("budget", (double) p.budget()).putValue("typeGroup", p.group().name())).getSingleResult();
            int approvals = 2 + (Boolean.TRUE.equals(route.getEntry("regionApproval")) ? 1 : 0)
                    + (Boolean.TRUE.equals(route.getEntry("nationalFiling")) ? 1 : 0);
            steps += steps(p, approvals);
        }
        return steps;
    }

    /** Requests for one project: its proposal, approvals, four per tranche paid, and its completion steps. */
    static int steps(ProjectPlan p, int approvals) {
        int atHalt = p.halt().taskKey() == null ? 0 : switch (p.halt().taskKey()) {
            case "reviewProposalRecipient", "approveTranche", "inspectCompletion" -> 1;
            case "recordTransfer", "rectifyCompletion" -> 2;
            default -> 0;
        };
        int paid = 1 + approvals + 4 * p.paid();
        return switch (p.stage()) {
            case UNDER_REVIEW -> 1 + atHalt;
            case REJECTED -> 2 + atHalt;
            case WITHDRAWN -> 2;
            case APPROVED, IN_PROGRESS, COMPLETION_REVIEW -> paid + atHalt;
            case CLOSED -> paid + 3 + (p.rectify() ? 2 : 0) + (p.refund() > 0 ? 2 : 0);
            case FAILED -> paid + 2 + (p.refund() > 0 ? 2 : 0);
        };
    }

    private static DmnDecision routing(RepositoryService repository, DmnEngine dmn) {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey("approval-routing")
                .latestVersion().singleResult();
        try (InputStream in = repository.getResourceAsStream(definition.getDeploymentId(), definition.getResourceName())) {
            return dmn.parseDecision("approval-routing", in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
