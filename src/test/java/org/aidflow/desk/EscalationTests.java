package org.aidflow.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.aidflow.project.ProjectScenarios;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Due dates in working days and escalation in steps on the real project process: the holder two working days
 * before the due date, the union above five working days after it, each once; and the calendar's endpoint.
 */
class EscalationTests extends ProjectScenarios {

    @Autowired
    private TaskService tasks;
    @Autowired
    private Escalations escalations;
    @Autowired
    private WorkingDays workingDays;

    private List<Map<String, Object>> notices(String taskId) {
        return jdbc.sql("SELECT kind, recipient_group, recipient_user FROM notification WHERE task_id = ? ORDER BY id")
                .param(taskId).query().listOfRows();
    }

    private static Date minuteAfter(Date at) {
        return new Date(at.getTime() + 60_000);
    }

    @Test
    void remindsTheHolderBeforeTheDueDateAndTheUnionAboveAfterIt() {
        long agreement = agreement(10_000_000);
        JsonNode project = submit(projectDraft(agreement, RECIPIENT, "CADRE_TRAINING", 100_000, 100_000));
        String code = project.path("code").asText();
        Task donor = tasks.createTaskQuery().taskId(taskId("bj.leader", "approveProposalDonor", code)).singleResult();
        Date due = donor.getDueDate();
        // ten working days from its creation, at the same time of day
        assertThat(due).isCloseTo(workingDays.plus(donor.getCreateTime(), 10), 5_000);

        assertThat(escalations.escalate(donor, workingDays.plus(due, -3))).isZero();
        assertThat(notices(donor.getId())).isEmpty();
        assertThat(escalations.escalate(donor, minuteAfter(workingDays.plus(due, -2)))).isEqualTo(1);
        assertThat(escalations.escalate(donor, minuteAfter(workingDays.plus(due, -1)))).isZero();
        assertThat(notices(donor.getId())).hasSize(1).first()
                .satisfies(n -> assertThat(n).containsEntry("KIND", "DUE_SOON").containsEntry("RECIPIENT_GROUP", "BJ:leader"));
        assertThat(escalations.escalate(donor, workingDays.plus(due, 4))).isZero();
        // a donor province has no union above it in the directory: the national federation's officers
        assertThat(escalations.escalate(donor, minuteAfter(workingDays.plus(due, 5)))).isEqualTo(1);
        assertThat(escalations.escalate(donor, minuteAfter(workingDays.plus(due, 6)))).isZero();
        assertThat(notices(donor.getId()).get(1)).containsEntry("KIND", "ESCALATED").containsEntry("RECIPIENT_GROUP", "ACFTU:officer");
        assertThat(as("acftu.officer").get("/api/notifications?size=200").body()).contains(donor.getId());

        completeOk("bj.leader", "approveProposalDonor", code, Map.of("decision", "APPROVE"));
        Task recipient = tasks.createTaskQuery().taskId(taskId("xj-ht.officer", "reviewProposalRecipient", code)).singleResult();
        // claimed: the reminder goes to the person who holds it; past the due date nothing says "due soon"
        tasks.claim(recipient.getId(), "xj-ht.officer");
        recipient = tasks.createTaskQuery().taskId(recipient.getId()).singleResult();
        assertThat(escalations.escalate(recipient, minuteAfter(workingDays.plus(recipient.getDueDate(), -2)))).isEqualTo(1);
        assertThat(notices(recipient.getId())).hasSize(1).first()
                .satisfies(n -> assertThat(n).containsEntry("KIND", "DUE_SOON").containsEntry("RECIPIENT_USER", "xj-ht.officer"));
        assertThat(escalations.escalate(recipient, minuteAfter(workingDays.plus(recipient.getDueDate(), 5)))).isEqualTo(1);
        assertThat(notices(recipient.getId()).get(1)).containsEntry("RECIPIENT_GROUP", "XJ:leader");
        assertThat(as("xj.leader").get("/api/notifications?size=200").body()).contains("ESCALATED");
    }

    @Test
    void theCalendarOfAYearIsReadableByAnyoneSignedIn() {
        JsonNode year = as("bj.proposer").get("/api/calendar/2026").json();
        assertThat(year.path("year").asInt()).isEqualTo(2026);
        assertThat(year.path("holidays").findValuesAsText("name")).contains("春节", "国庆节");
        assertThat(year.path("workdays").findValuesAsText("date")).contains("2026-02-14", "2026-10-10");
        assertThat(as("admin").get("/api/calendar/2025").status()).isEqualTo(200);
        assertThat(as("bj.proposer").get("/api/calendar/2093").status()).isEqualTo(404);
        assertThat(as("bj.proposer").get("/api/calendar/1999").status()).isEqualTo(400);
        assertThat(as("bj.proposer").get("/api/calendar/x").status()).isEqualTo(400);
        assertThat(anonymous().get("/api/calendar/2026").status()).isEqualTo(401);
    }
}
