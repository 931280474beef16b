package org.aidflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * 组织与结对 as the administrator uses it: the rounds with their pairings, a new round copied from
 * 2021–2025 and changed, a union added and renamed, the history of both, in Chinese and English.
 * A business user sees neither the page nor its link. (A future round, so that the pairings in
 * force for the other tests stay as they are.)
 */
class DirectoryInTheBrowserTests extends BrowserScenarios {

    @Test
    void theAdminOpensARoundAndKeepsTheDirectory() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        String round = "2076-2078-" + suffix;
        String union = "XJ-W" + suffix;

        signInAs("admin");
        browser.click(".header a[href='#/directory']");
        browser.waitForText(".directory-page h1", "组织与结对");
        browser.waitForAll(".rounds-table tr[data-round='2021-2025']", "2021–2025", "33", "已结束", "现行");
        browser.waitForText(".pairings-table tr[data-pairing='BJ>XJ-HT']", "和田市 和田县 墨玉县 洛浦县");
        // 2021-2025 has ended: no way to change its pairings
        assertThat(browser.script("return document.querySelectorAll('.pairing-add').length").toString()).isEqualTo("0");

        // a new round, copied from 2021-2025
        browser.click(".new-round");
        browser.type(".dialog input[name=code]", round);
        browser.type(".dialog input[name=nameZh]", "2076—2078年对口援疆");
        browser.type(".dialog input[name=nameEn]", "Paired assistance 2076–2078");
        browser.type(".dialog input[name=startYear]", "2076");
        browser.type(".dialog input[name=endYear]", "2075");
        browser.setValue(".dialog select[name=copyPairingsFrom]", "2021-2025");
        browser.click(".dialog button[type=submit]");
        // the server's refusal, by field, in Chinese
        browser.waitForText(".dialog [data-field=endYear] .field-error", "结束年份不能早于开始年份");
        browser.type(".dialog input[name=endYear]", "2078");
        browser.click(".dialog button[type=submit]");
        browser.waitForNone(".dialog");
        browser.waitForAll(".rounds-table tr[data-round='" + round + "']", "2076–2078", "33", "未开始");

        browser.click(".rounds-table tr[data-round='" + round + "'] .show-pairings");
        browser.waitForText(".pairings-table tr[data-pairing='HN>XJ-TL']", "湖南省总工会");
        browser.script("window.confirm = function () { return true; };");
        browser.click(".pairings-table tr[data-pairing='HN>XJ-TL'] .btn-danger");
        browser.waitForNone(".pairings-table tr[data-pairing='HN>XJ-TL']");
        browser.setValue(".pairing-add select[name=donorCode]", "HN");
        browser.setValue(".pairing-add select[name=recipientCode]", "XJ-AK");
        browser.type(".pairing-add input[name=countiesZh]", "库车市");
        browser.click(".pairing-add button[type=submit]");
        browser.waitForText(".pairings-table tr[data-pairing='HN>XJ-AK']", "库车市");
        browser.waitForText(".rounds-table tr[data-round='" + round + "']", "33");
        browser.click(".rounds-table tr[data-round='" + round + "'] .round-history");
        browser.waitForAll(".change-history", "新建轮次", "解除结对", "添加结对", "系统管理员", "复制自轮次 2021-2025，共 33 个结对");
        browser.click(".dialog-close");
        browser.waitForNone(".dialog");

        // a union added under XJ, then renamed
        browser.click(".new-union");
        browser.type(".dialog input[name=code]", union);
        browser.setValue(".dialog select[name=level]", "PREFECTURE");
        browser.setValue(".dialog select[name=parentCode]", "XJ");
        browser.type(".dialog input[name=nameZh]", "新设地区总工会");
        browser.type(".dialog input[name=nameEn]", "New Prefecture Federation");
        browser.click(".dialog button[type=submit]");
        browser.waitForNone(".dialog");
        browser.waitForAll(".unions-table tr[data-union='" + union + "']", "新设地区总工会", "地州市总工会", "新疆维吾尔自治区总工会");
        browser.click(".unions-table tr[data-union='" + union + "'] .edit-union");
        browser.type(".dialog input[name=nameZh]", "更名后的地区总工会");
        browser.click(".dialog button[type=submit]");
        browser.waitForNone(".dialog");
        browser.waitForText(".unions-table tr[data-union='" + union + "']", "更名后的地区总工会");
        browser.click(".unions-table tr[data-union='" + union + "'] .union-history");
        browser.waitForAll(".change-history", "新增工会", "修改工会", "新设地区总工会 → 更名后的地区总工会");
        browser.click(".dialog-close");
        screenshot("directory.png", true);
        fitsATablet("the directory page");

        browser.click(".header .lang-switch button:nth-child(2)");
        browser.waitForText(".directory-page h1", "Unions and pairings");
        browser.waitForText(".header a[href='#/directory']", "Directory");
        browser.waitForAll(".rounds-table tr[data-round='2021-2025']", "Ended", "In force");
        screenshot("directory-en.png", false);
        browser.click(".header .lang-switch button:nth-child(1)");

        signOut();
        signInAs("bj.proposer");
        assertThat(browser.script("return document.querySelectorAll(\".header a[href='#/directory']\").length").toString())
                .isEqualTo("0");
        go("/directory");
        browser.waitForText(".directory-page .notice", "只有系统管理员");
        assertThat(browser.script("return document.querySelectorAll('.rounds-table').length").toString()).isEqualTo("0");
    }
}
