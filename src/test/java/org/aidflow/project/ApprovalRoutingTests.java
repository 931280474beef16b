package org.aidflow.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The starting policy of DMN approval-routing, row by row and at every boundary. */
@Deployment(resources = "processes/approval-routing.dmn")
class ApprovalRoutingTests {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    @ParameterizedTest(name = "{1} of {0} yuan -> region {2}, national {3} ({4})")
    @CsvSource({
            // budget (a String holding the exact decimal, as the process variable does), typeGroup, regionApproval, nationalFiling, rule
            "199999.99,  SERVICE_FACILITY,  false, false, Rule_SmallServiceFacility",
            "200000,     SERVICE_FACILITY,  true,  false, Rule_MidServiceFacility",
            "499999.99,  SERVICE_FACILITY,  true,  false, Rule_MidServiceFacility",
            "500000,     SERVICE_FACILITY,  true,  false, Rule_LargeProject",
            "4999999.99, SERVICE_FACILITY,  true,  false, Rule_LargeProject",
            "5000000,    SERVICE_FACILITY,  true,  true,  Rule_MajorProject",
            "199999.99,  TALENT_INDUSTRY,   false, false, Rule_SmallProject",
            "200000,     TALENT_INDUSTRY,   false, false, Rule_SmallProject",
            "499999.99,  TALENT_INDUSTRY,   false, false, Rule_SmallProject",
            "500000,     TALENT_INDUSTRY,   true,  false, Rule_LargeProject",
            "4999999.99, TALENT_INDUSTRY,   true,  false, Rule_LargeProject",
            "5000000,    TALENT_INDUSTRY,   true,  true,  Rule_MajorProject",
            "0.01,       RELIEF,            false, false, Rule_SmallProject",
            "499999.99,  RELIEF,            false, false, Rule_SmallProject",
            "500000,     RELIEF,            true,  false, Rule_LargeProject",
            "200000,     CULTURE_EDUCATION, false, false, Rule_SmallProject",
            "5000000,    CULTURE_EDUCATION, true,  true,  Rule_MajorProject",
            "0.01,       SERVICE_FACILITY,  false, false, Rule_SmallServiceFacility",
            "98000000,   SERVICE_FACILITY,  true,  true,  Rule_MajorProject",
    })
    void routesByBudgetAndTypeGroup(String budget, String typeGroup, boolean regionApproval, boolean nationalFiling,
            String rule) {
        DmnDecisionResult result = route(budget, typeGroup);

        assertThat(result).hasSize(1);
        assertThat(result.getSingleResult().getEntryMap())
                .containsExactlyInAnyOrderEntriesOf(Map.of("regionApproval", regionApproval, "nationalFiling", nationalFiling,
                        "signMode", nationalFiling ? "ALL" : "ANY", "signGroups", nationalFiling ? "leader,finance" : "leader"));
        assertThat(matchedRules()).containsExactly(rule);
    }

    @Test
    void asksLeaderAndFinanceOfTheRegionToSignBothFrom5000000() {
        assertThat(route("4999999.99", "RELIEF").getSingleResult().getEntryMap())
                .containsEntry("signMode", "ANY").containsEntry("signGroups", "leader");
        assertThat(route("5000000", "RELIEF").getSingleResult().getEntryMap())
                .containsEntry("signMode", "ALL").containsEntry("signGroups", "leader,finance");
    }

    @Test
    void convertsTheBudgetStringToANumberBeforeComparing() {
        // compared as text "1250000.5" < "500000"; as a number it is a large project
        assertThat(route("1250000.5", "RELIEF").getSingleResult().getEntryMap())
                .containsEntry("regionApproval", true)
                .containsEntry("nationalFiling", false);
        assertThat(route("90000.00", "SERVICE_FACILITY").getSingleResult().getEntryMap())
                .containsEntry("regionApproval", false);
    }

    @Test
    void hasAnAnnotatedRuleForEachPolicyRow() {
        DecisionDefinition definition = engine.getRepositoryService().createDecisionDefinitionQuery()
                .decisionDefinitionKey("approval-routing").singleResult();
        List<Rule> rules = List.copyOf(engine.getRepositoryService().getDmnModelInstance(definition.getId())
                .getModelElementsByType(Rule.class));

        assertThat(definition.getHistoryTimeToLive()).isEqualTo(3650);
        assertThat(rules).extracting(Rule::getId).containsExactly("Rule_SmallProject", "Rule_SmallServiceFacility",
                "Rule_MidServiceFacility", "Rule_LargeProject", "Rule_MajorProject");
        assertThat(rules).allSatisfy(rule -> assertThat(rule.getDescription().getTextContent())
                .matches(".*\\p{IsHan}.*[A-Za-z].*"));
    }

    private static DmnDecisionResult route(String budget, String typeGroup) {
        return engine.getDecisionService().evaluateDecisionByKey("approval-routing")
                .variables(Variables.createVariables().putValue("budget", budget).putValue("typeGroup", typeGroup))
                .evaluate();
    }

    private static List<String> matchedRules() {
        HistoricDecisionInstance last = engine.getHistoryService().createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey("approval-routing").includeOutputs().singleResult();
        return last.getOutputs().stream().map(HistoricDecisionOutputInstance::getRuleId).distinct()
                .collect(Collectors.toList());
    }
}
