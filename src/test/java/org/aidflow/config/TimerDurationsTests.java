package org.aidflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import javax.xml.datatype.DatatypeFactory;

import org.aidflow.ApiTests;
import org.junit.jupiter.api.Test;

/** The engine parses every overdue timer's duration with the JDK's DatatypeFactory, named once rather than searched for. */
class TimerDurationsTests extends ApiTests {

    @Test
    void namesTheJdksDatatypeFactoryBeforeTheEngineParsesATimer() throws Exception {
        assertThat(System.getProperty(TimerDurations.PROPERTY)).isEqualTo(DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
        assertThat(DatatypeFactory.newInstance().getClass().getName()).isEqualTo(DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
        // and a task's overdue timer still falls where its due date does
        String code = draftAgreement("BJ", "XJ-HT", 10000).path("code").asText();
        var task = as("xj-ht.leader").get("/api/tasks?taskKey=reviewAgreement&businessKey=" + code).json().path("items").get(0);
        String due = task.path("due").asText();
        String timer = jdbc.sql("SELECT J.DUEDATE_ FROM ACT_RU_JOB J JOIN ACT_RU_TASK T ON T.PROC_INST_ID_ = J.PROCESS_INSTANCE_ID_ "
                + "WHERE T.ID_ = ?").params(task.path("id").asText()).query(java.sql.Timestamp.class).single().toInstant().toString();
        // (two evaluations of the same expression, a moment apart; MySQL keeps seconds)
        assertThat(java.time.Duration.between(java.time.Instant.parse(due), java.time.Instant.parse(timer)).abs())
                .isLessThan(java.time.Duration.ofSeconds(2));
    }
}
