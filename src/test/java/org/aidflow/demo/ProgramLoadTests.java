package org.aidflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.aidflow.AidFlowApplication;
import org.aidflow.Api;
import org.aidflow.FreshDatabase;
import org.aidflow.demo.ProgramPlan.ProjectPlan;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The program profile on a database of its own, with the program at one twentieth of its size (same
 * shape): the load is cut off by a restart half-way, goes on after it with nothing done twice, and
 * ends with every project where the plan puts it; the program report and the summary give back the
 * plan's figures, and the ledger verifies. The full program is a documented command, not a test.
 */
class ProgramLoadTests {

    private static final double SCALE = 0.05;
    private static final long SEED = 2021;

    @Test
    void loadsTheProgramThroughARestartAndReportsItBack() throws Exception {
        Path dir = Files.createTempDirectory("aidflow-program");
        FreshDatabase database = FreshDatabase.create(dir, "program");
        try {
            // first start: cut off by a shutdown once 300 requests are done
            try (ConfigurableApplicationContext app = start(database, dir)) {
                ProgramLoader loader = app.getBean(ProgramLoader.class);
                loader.reached(300).get(5, TimeUnit.MINUTES);
            }
            // second start: the same plan goes on where the first stopped
            try (ConfigurableApplicationContext app = start(database, dir)) {
                ProgramLoader loader = app.getBean(ProgramLoader.class);
                ProgramLoader.Result result = loader.finished().get(10, TimeUnit.MINUTES);
                assertThat(result.failures()).isEmpty();
                assertThat(result.loaded()).isTrue();
                JdbcClient jdbc = app.getBean(JdbcClient.class);
                ProgramPlan plan = loader.plan(SEED, SCALE);
                everyProjectOnceWhereThePlanPutsIt(jdbc, plan);

                String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
                Api auditor = new Api(base, "acftu.auditor", "demo");
                theReportsGiveBackThePlan(auditor, plan);
                assertThat(auditor.get("/api/ledger/verify").json().path("ok").asBoolean()).isTrue();
                othersSeeTheirOwnOnly(base);

                // a database that holds the program is left as it is on the next start
                assertThat(ProgramLoad.begin(jdbc, SEED, SCALE)).isNull();
            }
        } finally {
            database.drop();
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    private static ConfigurableApplicationContext start(FreshDatabase database, Path dir) {
        return SpringApplication.run(AidFlowApplication.class,
                "--server.port=0",
                "--spring.profiles.active=" + FreshDatabase.profiles("program"),
                "--spring.datasource.url=" + database.url(),
                "--aidflow.program.scale=" + SCALE,
                "--aidflow.program.seed=" + SEED,
                "--aidflow.documents.dir=" + dir.resolve("documents").toAbsolutePath(),
                "--camunda.bpm.process-engine-name=program",
                // no web apps: Camunda keeps JVM-wide state for them that closing this app would clear
                "--camunda.bpm.webapp.enabled=false");
    }

    private static void everyProjectOnceWhereThePlanPutsIt(JdbcClient jdbc, ProgramPlan plan) {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM agreement WHERE status = 'ACTIVE'").query(Long.class).single())
                .isEqualTo(plan.agreements().size()).isEqualTo(31L);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM agreement").query(Long.class).single()).isEqualTo(31L);
        Map<String, String> status = new HashMap<>();
        jdbc.sql("SELECT title, status FROM project").query(rs -> {
            assertThat(status.put(rs.getString(1), rs.getString(2))).as("a second " + rs.getString(1)).isNull();
        });
        assertThat(status).hasSize(plan.projects().size());
        for (ProjectPlan p : plan.projects()) {
            assertThat(status.get(p.title())).as(p.title()).isEqualTo(p.stage().name());
        }
        // two signed copies per agreement, none uploaded twice
        assertThat(jdbc.sql("SELECT COUNT(*) FROM document").query(Long.class).single()).isEqualTo(62L);
    }

    private static void theReportsGiveBackThePlan(Api auditor, ProgramPlan plan) throws Exception {
        List<ProjectPlan> fixed = plan.projects().stream().filter(p -> p.stage().fixed).toList();
        JsonNode report = auditor.get("/api/reports/program").json();
        assertThat(report.path("totals").path("agreements").asLong()).isEqualTo(31);
        assertThat(report.path("totals").path("donors").asLong()).isEqualTo(19);
        assertThat(report.path("totals").path("projects").asLong()).isEqualTo(fixed.size());
        assertThat(report.path("totals").path("budget").decimalValue()).isEqualByComparingTo(yuan(sum(fixed, ProjectPlan::budget)));
        assertThat(report.path("totals").path("transferred").decimalValue())
                .isEqualByComparingTo(yuan(sum(fixed, ProjectPlan::transferred)));
        assertThat(report.path("totals").path("intendedAmount").decimalValue())
                .isEqualByComparingTo(yuan(plan.agreements().stream().mapToLong(ProgramPlan.AgreementPlan::intended).sum()));

        JsonNode summary = auditor.get("/api/reports/summary?groupBy=typeGroup&status=APPROVED,IN_PROGRESS,COMPLETION_REVIEW,CLOSED,FAILED")
                .json();
        for (String section : List.of("typeGroups", "summary")) {
            JsonNode rows = section.equals("summary") ? summary.path("rows") : report.path(section);
            assertThat(rows).hasSize(4);
            for (JsonNode row : rows) {
                List<ProjectPlan> group = fixed.stream().filter(p -> p.group().name().equals(row.path("key").asText())).toList();
                assertThat(row.path("projects").asLong()).as(section + " " + row.path("key")).isEqualTo(group.size());
                assertThat(row.path("budget").decimalValue()).isEqualByComparingTo(yuan(sum(group, ProjectPlan::budget)));
            }
        }
        for (JsonNode row : report.path("facilityTypes")) {
            long planned = fixed.stream().filter(p -> p.type().name().equals(row.path("key").asText())).count();
            assertThat(row.path("projects").asLong()).as(row.path("key").asText()).isEqualTo(planned);
        }
        assertThat(report.path("facilityTypes")).hasSize(8);
        Map<String, Long> notFixed = new HashMap<>();
        report.path("notFixed").forEach(r -> notFixed.put(r.path("key").asText(), r.path("projects").asLong()));
        assertThat(notFixed).containsOnlyKeys("UNDER_REVIEW", "REJECTED", "WITHDRAWN");
        assertThat(notFixed.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(plan.projects().size() - fixed.size());

        // the same as downloads, in the caller's language
        Api.Response csv = auditor.get("/api/reports/program?format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("Donor unions", "Service facilities", "模范职工之家", "Model workers' home");
        Api.Response xlsx = auditor.inLanguage("zh").get("/api/reports/program?format=xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.raw().body()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("总体情况");
            assertThat((long) workbook.getSheetAt(0).getRow(1).getCell(4).getNumericCellValue()).isEqualTo(fixed.size());
        }
        assertThat(auditor.get("/api/reports/program?format=pdf").status()).isEqualTo(400);
    }

    /** A donor's people see their own union's part of the program; someone not signed in sees nothing. */
    private static void othersSeeTheirOwnOnly(String base) {
        JsonNode beijing = new Api(base, "bj.proposer", "demo").get("/api/reports/program").json();
        List<String> donors = new ArrayList<>();
        beijing.path("donors").forEach(d -> donors.add(d.path("key").asText()));
        assertThat(donors).containsExactly("BJ");
        assertThat(beijing.path("totals").path("agreements").asLong()).isEqualTo(2);
        assertThat(new Api(base, "bj.proposer", "wrong").get("/api/reports/program").status()).isEqualTo(401);
    }

    private static long sum(List<ProjectPlan> projects, java.util.function.ToLongFunction<ProjectPlan> amount) {
        return projects.stream().mapToLong(amount).sum();
    }

    private static BigDecimal yuan(long yuan) {
        return BigDecimal.valueOf(yuan);
    }
}
