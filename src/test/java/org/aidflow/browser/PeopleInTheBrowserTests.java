package org.aidflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * 人员管理 in the browser: the administrator sees coverage on the home page, gives a new person of
 * 和田 an account and hands over the one-time password, the person chooses their own password at
 * first sign-in, and the administrator disables the account.
 */
class PeopleInTheBrowserTests extends BrowserScenarios {

    private static final String OWN_PASSWORD = "Hotan-Library-2048";

    @Test
    void theAdministratorGivesANewPersonAnAccountAndThePersonChoosesAPassword() {
        String username = "xj-ht.aili" + Long.toString(System.nanoTime() % 100_000_000L, 36);

        signInAs("admin");
        browser.waitForAll(".coverage", "人员覆盖情况", "无人能办理的待办任务");
        browser.click(".nav a[href='#/people']");
        browser.find(".people-table tbody tr");
        browser.click(".page-head .btn-primary");
        browser.type(".dialog input[name=username]", username);
        browser.type(".dialog input[name=displayName]", "艾力·买买提");
        browser.type(".dialog input[name=displayNameEn]", "Ali Mamat");
        browser.setValue(".dialog select[name=union]", "XJ-HT");
        browser.click(".dialog input[name=roles][value=officer]");
        browser.click(".dialog input[name=roles][value=finance]");
        browser.type(".dialog input[name=email]", "ali@example.org");
        browser.click(".dialog button[type=submit]");
        browser.waitForAll(".dialog", "一次性密码", "只显示这一次", username);
        String oneTime = browser.text(".dialog .otp-value");
        assertThat(oneTime).matches("[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}");
        shot("people-one-time-password.png");
        browser.click(".dialog .btn-primary");
        browser.waitForNone(".dialog");

        browser.type(".filters input[name=q]", username);
        browser.click(".filters button[type=submit]");
        browser.waitUntil("document.querySelectorAll('.people-table tbody tr').length === 1 && !document.querySelector('.is-stale')",
                "the new person alone in the list");
        browser.waitForAll(".people-table tbody tr", "艾力·买买提", "和田地区总工会", "经办人", "财务", "待设置密码");
        shot("people.png");
        signOut();

        signIn(username, oneTime);
        browser.waitForAll(".signin-card", "设置您的密码", "一次性密码");
        browser.type("input[name=currentPassword]", oneTime);
        browser.type("input[name=newPassword]", "1234567890");
        browser.type("input[name=confirmPassword]", "1234567890");
        browser.click(".password-form button[type=submit]");
        browser.waitForText("[data-field=newPassword] .field-error", "过于常见");
        browser.type("input[name=newPassword]", OWN_PASSWORD);
        browser.type("input[name=confirmPassword]", OWN_PASSWORD);
        browser.click(".password-form button[type=submit]");
        browser.waitForText(".header .user-name", "艾力·买买提");
        browser.find(".inbox-table, .empty");
        assertThat(as(username, OWN_PASSWORD).get("/api/me").json().path("passwordChangeRequired").asBoolean()).isFalse();
        assertThat(as(username, oneTime).get("/api/me").status()).isEqualTo(401);
        signOut();

        signInAs("admin");
        go("/people?q=" + username);
        browser.waitForText(".people-table tbody tr", username);
        browser.script("window.confirm = function () { return true; };");
        browser.click(".people-table tbody tr .btn-danger");
        browser.waitForText(".people-table tbody tr", "已停用");
        assertThat(as(username, OWN_PASSWORD).get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void theAdministratorImportsAStaffSheetAndSeesEveryRowsOutcome() throws Exception {
        String good = "bj.import" + Long.toString(System.nanoTime() % 100_000_000L, 36);
        java.nio.file.Path sheet = java.nio.file.Files.createTempFile("staff-", ".xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            org.apache.poi.ss.usermodel.Sheet staff = book.createSheet("Staff");
            String[][] rows = {{"工会代码", "用户名", "姓名", "英文名", "角色"}, {"BJ", good, "王芳", "Wang Fang", "proposer, finance"},
                    {"XJ-HT", good + ".bad", "错误角色", "", "proposer"}};
            for (int r = 0; r < rows.length; r++) {
                org.apache.poi.ss.usermodel.Row row = staff.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            try (var out = java.nio.file.Files.newOutputStream(sheet)) {
                book.write(out);
            }
        }
        signInAs("admin");
        go("/people");
        browser.find(".people-table tbody tr");
        browser.click(".page-head .import-people");
        browser.waitForAll(".dialog", "批量导入人员", "下载模板");
        browser.chooseFile(".dialog input[type=file]", sheet);
        browser.click(".dialog button[type=submit]");
        browser.waitForAll(".dialog .import-report[data-imported=false]", "有错误");
        browser.waitForText(".dialog tr[data-row='3']", "roles");
        assertThat(as("admin").get("/api/admin/people/" + good).status()).as("nothing imported").isEqualTo(404);
        browser.click(".dialog input[name=keepValidRows]");
        browser.click(".dialog button[type=submit]");
        browser.waitForAll(".dialog .import-report[data-imported=true]", "新建 1 人", "未导入 1 行");
        String oneTime = browser.text(".dialog tr[data-outcome=CREATED] .otp-value");
        shot("people-import.png");
        assertThat(as(good, oneTime).get("/api/me").status()).isEqualTo(200);
        browser.click(".dialog-close");
        browser.waitForNone(".dialog");

        // the same page and dialog in English
        browser.click(".header .lang-switch button:nth-child(2)");
        browser.waitForAll(".page-head", "People", "Import", "Export to Excel", "New person");
        // the administrator's navigation (home, fund trace, people, directory) keeps the header on one row
        assertThat(browser.script("var n = document.querySelector('.nav').getBoundingClientRect();"
                + "var u = document.querySelector('.header .lang-switch').getBoundingClientRect();"
                + "return Math.abs(n.top - u.top) < 30;").toString()).isEqualTo("true");
        assertThat(browser.text(".nav")).doesNotContain("Agreements", "Projects");
        browser.click(".page-head .import-people");
        browser.waitForAll(".dialog", "Import people", "Download the template", "If some rows have errors, import only the good rows");
        shot("people-import-en.png");
        browser.click(".dialog-close");
        browser.click(".header .lang-switch button:nth-child(1)");
        java.nio.file.Files.deleteIfExists(sheet);
    }

    @Test
    void everyoneChangesTheirPasswordFromTheHeader() {
        signInAs("xj-ht.finance");
        browser.click(".header .change-password");
        browser.type("input[name=currentPassword]", "wrong-password");
        browser.type("input[name=newPassword]", "short");
        browser.type("input[name=confirmPassword]", "shorter");
        browser.click(".password-form button[type=submit]");
        browser.waitForText("[data-field=newPassword] .field-error", "至少需要 10 个字符");
        browser.waitForText("[data-field=confirmPassword] .field-error", "不一致");
        browser.type("input[name=newPassword]", "Hotan-Finance-2048");
        browser.type("input[name=confirmPassword]", "Hotan-Finance-2048");
        browser.click(".password-form button[type=submit]");
        browser.waitForText("[data-field=currentPassword] .field-error", "当前密码不正确");
        assertThat(as("xj-ht.finance").get("/api/me").status()).isEqualTo(200);
    }

    private void shot(String name) {
        try {
            screenshot(name, false);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
