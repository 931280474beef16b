package org.aidflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.aidflow.demo.DemoProgram;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The dashboard's ECharts summaries and their downloads, the fund trace explorer from agreement to
 * project to ledger entries, and the ledger verification status, as an ACFTU auditor and as a
 * Beijing proposer who sees only Beijing's share and no verification. Needs Debian's chromium and
 * chromium-driver (.ci/run installs them).
 */
class DashboardInTheBrowserTests extends BrowserScenarios {

    @Autowired
    TaskService tasks;
    @Autowired
    ObjectMapper json;

    /** Records downloads instead of saving them: the blob handed to createObjectURL and the name the link gives it. */
    private static final String DOWNLOADS = "window.__downloads = []; var blobs = {}; var create = URL.createObjectURL;"
            + "URL.createObjectURL = function (b) { var url = create.call(URL, b); blobs[url] = b; return url; };"
            + "HTMLAnchorElement.prototype.click = function () { var b = blobs[this.href];"
            + "  if (this.download && b) { window.__downloads.push({ name: this.download, size: b.size, type: b.type }); } };";

    @Test
    void chartsTheProgramAndDownloadsItsFigures() throws Exception {
        program();

        signInAs("acftu.auditor");
        go("/dashboard");
        browser.waitUntil("document.querySelectorAll('.summary-card .chart[data-rendered=true]').length === 4", "four drawn charts");
        JsonNode all = as("acftu.auditor").get("/api/reports/summary?groupBy=typeGroup").json().path("totals");
        assertThat(browser.text(".dashboard-totals [data-figure=projects] .figure-value").replace(",", ""))
                .isEqualTo(all.path("projects").asText());
        assertThat(browser.text(".summary-card[data-group=donor] h2")).isEqualTo("按援助方工会");
        assertThat(browser.text(".overdue-card h2 .badge"))
                .isEqualTo(as("acftu.auditor").get("/api/reports/overdue").json().path("total").asText());
        screenshot("dashboard.png", false);
        fitsATablet("the dashboard");

        // the program the way the article reports it, and the dashboard counting the fixed projects only
        JsonNode program = as("acftu.auditor").get("/api/reports/program").json().path("totals");
        browser.waitUntil("document.querySelector('.program-card [data-figure=projects] .figure-value')", "the program card");
        assertThat(browser.text(".program-card [data-figure=agreements] .figure-value").replace(",", ""))
                .isEqualTo(program.path("agreements").asText());
        assertThat(browser.text(".program-card [data-figure=projects] .figure-value").replace(",", ""))
                .isEqualTo(program.path("projects").asText());
        assertThat(browser.text(".program-card .program-groups tbody")).contains("直接服务职工设施");
        browser.click(".program-card .program-fixed");
        browser.waitUntil("location.hash.indexOf('status=APPROVED%2CIN_PROGRESS') > 0 || location.hash.indexOf('status=APPROVED,IN_PROGRESS') > 0",
                "the fixed projects only");
        browser.waitUntil("!document.querySelector('.program-card .program-fixed') && !document.querySelector('.is-stale')"
                + " && document.querySelector('.dashboard-totals [data-figure=projects] .figure-value').innerText.replace(/,/g, '') === '"
                + program.path("projects").asText() + "'", "the dashboard's totals equal to the program's fixed projects");
        go("/dashboard");
        browser.waitUntil("document.querySelectorAll('.summary-card .chart[data-rendered=true]').length === 4", "four drawn charts");

        // the same figures as a table, with the donor's Chinese name
        browser.click(".summary-card[data-group=donor] .segmented button:nth-child(2)");
        browser.waitForText(".summary-card[data-group=donor] .summary-table", "北京市总工会");

        // downloads: the server's file, named in the UI language
        browser.script(DOWNLOADS);
        browser.click(".summary-card[data-group=donor] .download-xlsx");
        browser.waitUntil("window.__downloads.length === 1", "the XLSX download");
        assertThat(browser.script("return window.__downloads[0].name").toString()).startsWith("援疆项目汇总（按援助方工会）").endsWith(".xlsx");
        assertThat(browser.script("return window.__downloads[0].type").toString()).contains("spreadsheetml");
        assertThat(Long.parseLong(browser.script("return window.__downloads[0].size").toString())).isGreaterThan(1000);
        browser.click(".summary-card[data-group=focusArea] .download-csv");
        browser.waitUntil("window.__downloads.length === 2", "the CSV download");
        assertThat(browser.script("return window.__downloads[1].type").toString()).startsWith("text/csv");

        // in English, the server's English labels
        browser.click(".header .lang-switch button:nth-child(2)");
        browser.waitForText(".summary-card[data-group=donor] h2", "By donor union");
        browser.waitForText(".summary-card[data-group=donor] .summary-table", "Beijing Federation of Trade Unions");
        browser.waitUntil("document.querySelectorAll('.summary-card .chart[data-rendered=true]').length === 3", "three charts in English");
        screenshot("dashboard-en.png", false);
        browser.click(".header .lang-switch button:nth-child(1)");
        browser.waitForText(".summary-card[data-group=donor] h2", "按援助方工会");

        // a donor's bar opens the list of that donor's projects
        browser.click(".summary-card[data-group=donor] .segmented button:nth-child(1)");
        browser.waitUntil("document.querySelector('.summary-card[data-group=donor] .chart[data-rendered=true]')", "the donor chart again");
        browser.script("var el = document.querySelector('.summary-card[data-group=donor] .chart');"
                + "var chart = echarts.getInstanceByDom(el);"
                + "var row = chart.getOption().yAxis[0].data.indexOf('上海市总工会');"
                + "var bar = chart.getModel().getSeriesByIndex(0).getData().getItemLayout(row);"
                + "var box = el.querySelector('canvas').getBoundingClientRect();"
                + "var x = box.left + bar.x + bar.width / 2, y = box.top + bar.y + bar.height / 2;"
                + "['mousemove', 'mousedown', 'mouseup', 'click'].forEach(function (type) {"
                + "  el.querySelector('canvas').dispatchEvent(new MouseEvent(type, { bubbles: true, clientX: x, clientY: y }));"
                + "});");
        browser.waitUntil("location.hash.indexOf('#/projects?') === 0 && location.hash.indexOf('donor=SH') > 0", "the Shanghai projects");
        browser.waitForText(".active-filters", "上海市总工会");
        browser.waitUntil("document.querySelectorAll('.table tbody tr').length > 0 && !document.querySelector('.is-stale')", "the list");
        assertThat(browser.script("return Array.from(document.querySelectorAll('.table tbody tr td:nth-child(3)'))"
                + ".every(function (td) { return td.innerText === '上海市总工会'; })").toString()).isEqualTo("true");
        go("/dashboard");
        browser.waitUntil("document.querySelectorAll('.summary-card .chart[data-rendered=true]').length === 4", "four drawn charts");

        // a status filter is kept in the address and counted by the server
        browser.click(".status-filter [data-status=IN_PROGRESS]");
        browser.waitUntil("location.hash.indexOf('status=IN_PROGRESS') > 0 && !document.querySelector('.is-stale')"
                + " && document.querySelector('.dashboard-totals, .dashboard .empty')", "the dashboard of projects in progress");
        JsonNode inProgress = as("acftu.auditor").get("/api/reports/summary?groupBy=typeGroup&status=IN_PROGRESS").json().path("totals");
        assertThat(browser.text(".dashboard-totals [data-figure=projects] .figure-value").replace(",", ""))
                .isEqualTo(inProgress.path("projects").asText());

        // Beijing's proposer counts Beijing's projects only, as the server does for them
        signOut();
        signInAs("bj.proposer");
        go("/dashboard");
        browser.waitUntil("document.querySelectorAll('.summary-card .chart[data-rendered=true]').length === 4", "four drawn charts");
        JsonNode beijing = as("bj.proposer").get("/api/reports/summary?groupBy=typeGroup").json().path("totals");
        assertThat(browser.text(".dashboard-totals [data-figure=projects] .figure-value").replace(",", ""))
                .isEqualTo(beijing.path("projects").asText());
        browser.click(".summary-card[data-group=donor] .segmented button:nth-child(2)");
        browser.waitForText(".summary-card[data-group=donor] .summary-table", "北京市总工会");
        assertThat(browser.script("return document.querySelectorAll('.summary-card[data-group=donor] tbody tr').length").toString())
                .isEqualTo("1");
    }

    @Test
    void tracesAnAgreementToItsProjectsAndEntriesAndVerifiesTheLedger() throws Exception {
        JsonNode project = paidProject();
        String code = project.path("code").asText();
        JsonNode agreement = as("bj.proposer").get("/api/projects/" + project.path("id").asLong()).json();
        String agreementCode = as("bj.proposer").get("/api/agreements/" + agreement.path("agreementId").asLong()).json()
                .path("code").asText();

        signInAs("acftu.auditor");
        go("/audit");
        browser.click(".ledger-status .verify-now");
        browser.waitUntil("document.querySelector('.ledger-verdict[data-state=ok]') && !document.querySelector('.verify-now[disabled]')",
                "the verification's verdict");
        long entries = jdbc.sql("SELECT COUNT(*) FROM ledger_entry").query(Long.class).single();
        assertThat(browser.text(".ledger-verdict")).contains("台账完整").contains("审计");
        assertThat(Long.parseLong(browser.text(".ledger-verdict p").replaceAll("^\\D*(\\d+).*$", "$1"))).isGreaterThanOrEqualTo(entries);

        browser.type("#explorer-q", agreementCode);
        browser.click(".explorer-search button[type=submit]");
        browser.waitUntil("document.querySelectorAll('.explorer-list .explorer-item').length === 1 && !document.querySelector('.is-stale')",
                "the one agreement found");
        browser.click(".explorer-list .explorer-item");
        browser.waitForText(".explorer-projects", code);
        browser.click(".explorer-projects tbody tr a.strong-link");
        browser.waitForText(".explorer-entries h2", code);
        String table = browser.text(".explorer-entries table");
        assertThat(table).contains("安排预算", "拨付", "到账", "登记转账", "确认到账", "北京市总工会 财务", "和田地区总工会 财务");
        assertThat(browser.script("return document.querySelectorAll('.explorer-entries tbody tr').length").toString())
                .isEqualTo(String.valueOf(jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE project_id = ?")
                        .param(project.path("id").asLong()).query(Long.class).single()));
        assertThat(browser.script("return document.querySelectorAll('.chain-link.is-bad').length").toString()).isEqualTo("0");
        screenshot("audit.png", true);
        fitsATablet("the fund trace explorer");

        // a Beijing proposer: no verification panel, and a Shanghai agreement is not there for them
        long shanghai = draftAgreement("SH", "XJ-KS", 500000).path("id").asLong();
        signOut();
        signInAs("bj.proposer");
        go("/audit?agreement=" + shanghai);
        browser.waitForText(".explorer-detail", "该协议不存在，或您无权查看。");
        assertThat(browser.script("return !!document.querySelector('.ledger-status')").toString()).isEqualTo("false");
    }

    /** The demo program, seeded through the API: five donors, every type group, focus area and stage. */
    private void program() {
        assertThat(new DemoProgram(tasks, jdbc, json).seed(base())).isEqualTo(13);
    }

    /** An approved Beijing–Hotan project with its first tranche transferred and received. */
    private JsonNode paidProject() {
        JsonNode project = approvedProject(agreement(600_000), 300000, 150000, 150000);
        payTranche(project.path("code").asText(), 150000, false);
        assertThat(trace("bj.proposer", project.path("id").asLong()).path("received").decimalValue())
                .isEqualByComparingTo("150000");
        return project;
    }
}
