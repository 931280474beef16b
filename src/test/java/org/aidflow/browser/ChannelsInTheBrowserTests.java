package org.aidflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 消息提醒设置 and 通知发送记录 in the browser: a person chooses how AidFlow reaches them and finds it saved after a
 * reload (and so does the API), a bad e-mail address is named beside its field, the administrator lists the messages
 * that failed for good, and anybody else has neither the menu entry nor the list. Both pages fit a phone (360 px).
 * The shared test context configures no channel, so every channel shows as not configured.
 */
class ChannelsInTheBrowserTests extends BrowserScenarios {

    private static final String PERSON = "xj-ks.finance";

    @Test
    void aPersonSavesTheirChannelsAndReadsThemBack() {
        JsonNode before = as(PERSON).get("/api/me/channels").json();
        assertThat(before.path("available")).as("no channel configured in the shared test context").isEmpty();
        // chosen while the deployment still had WeCom: it can be unticked, never ticked anew
        put(Map.of("channels", List.of("WECOM")));
        try {
            signInAs(PERSON);
            browser.click(".header .my-channels");
            browser.find(".channels-form");
            browser.waitForAll(".channels-form [data-field=channels]", "企业微信", "未配置", "尚未配置");
            assertThat(checkbox("EMAIL", "disabled")).isEqualTo("true");
            assertThat(checkbox("FEISHU", "disabled")).isEqualTo("true");
            assertThat(checkbox("WECOM", "checked")).isEqualTo("true");
            assertThat(checkbox("WECOM", "disabled")).isEqualTo("false");

            browser.type("#f-email", "ali@example.org");
            browser.type("#f-phone", "13800138000");
            browser.setValue("#f-digestHour", "8");
            browser.setValue("#f-language", "en");
            browser.click(".channels-form input[value=WECOM]");
            browser.click(".channels-form button[type=submit]");
            browser.waitForText(".channels-saved", "已保存消息提醒设置");

            browser.script("location.reload();");
            browser.find(".channels-form");
            assertThat(browser.value("#f-email")).isEqualTo("ali@example.org");
            assertThat(browser.value("#f-phone")).isEqualTo("13800138000");
            assertThat(browser.value("#f-digestHour")).isEqualTo("8");
            assertThat(browser.value("#f-language")).isEqualTo("en");
            assertThat(checkbox("WECOM", "checked")).isEqualTo("false");
            assertThat(checkbox("WECOM", "disabled")).as("no longer chosen, and not configured").isEqualTo("true");
            shot("channels.png");

            JsonNode saved = as(PERSON).get("/api/me/channels").json();
            assertThat(saved.path("email").asText()).isEqualTo("ali@example.org");
            assertThat(saved.path("phone").asText()).isEqualTo("13800138000");
            assertThat(saved.path("digestHour").asInt()).isEqualTo(8);
            assertThat(saved.path("language").asText()).isEqualTo("en");
            assertThat(saved.path("channels")).isEmpty();
            onAPhone("the notification settings");
        } finally {
            put(Map.of());
        }
    }

    @Test
    void aBadEmailAddressIsNamedBesideItsField() {
        signInAs(PERSON);
        go("/me/channels");
        browser.find(".channels-form");
        browser.type("#f-email", "not-an-address");
        browser.click(".channels-form button[type=submit]");
        browser.waitForText("[data-field=email] .field-error", "请输入有效的电子邮件地址");
        assertThat(browser.text(".channels-saved")).isEmpty();
        assertThat(as(PERSON).get("/api/me/channels").json().path("email").asText()).isNotEqualTo("not-an-address");
    }

    @Test
    void theAdministratorListsTheMessagesThatFailedForGood() {
        String failed = "test-" + Long.toString(System.nanoTime(), 36);
        String sent = failed + "-sent";
        insert(failed, "FAILED", "Connection refused: wecom.example");
        insert(sent, "SENT", null);
        try {
            signInAs("admin");
            browser.click(".nav a[href='#/admin/outbox']");
            browser.waitForAll(".outbox-table tbody", failed, "企业微信", "发送失败", "Connection refused: wecom.example", "xj-ks.finance");
            assertThat(browser.value(".filters select[name=status]")).isEqualTo("FAILED");
            assertThat(rows(sent)).isEqualTo("0");
            shot("outbox.png");
            browser.setValue(".filters select[name=status]", "SENT");
            browser.waitForText(".outbox-table tbody", sent);
            assertThat(rows(failed)).isEqualTo("0");
            onAPhone("the outbox");
        } finally {
            jdbc.sql("DELETE FROM outbox_message WHERE delivery_id IN (?, ?)").params(failed, sent).update();
        }
    }

    @Test
    void anybodyElseHasNeitherTheEntryNorTheList() {
        signInAs("bj.leader");
        browser.find(".nav a[href='#/inbox']");
        assertThat(browser.script("return String(document.querySelectorAll(\"a[href='#/admin/outbox']\").length)")).isEqualTo("0");
        assertThat(browser.script("var x = new XMLHttpRequest(); x.open('GET', '/api/admin/outbox?status=FAILED', false);"
                + "x.setRequestHeader('Accept', 'application/json'); x.send(); return String(x.status);")).isEqualTo("403");
        go("/admin/outbox");
        browser.find(".not-found");
        assertThat(browser.script("return String(document.querySelectorAll('.outbox-table').length)")).isEqualTo("0");
    }

    private String rows(String deliveryId) {
        return String.valueOf(browser.script("return String(document.querySelectorAll(\".outbox-table tr[data-delivery='\" + arguments[0] + \"']\").length)",
                deliveryId));
    }

    private void put(Map<String, Object> body) {
        var answer = as(PERSON).put("/api/me/channels", new HashMap<>(body));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    private String checkbox(String channel, String property) {
        return String.valueOf(browser.script("var e = document.querySelector(\".channels-form input[value='\" + arguments[0] + \"']\");"
                + "return e ? String(e[arguments[1]]) : 'missing';", channel, property));
    }

    private void insert(String deliveryId, String status, String error) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("INSERT INTO outbox_message (delivery_id, channel, recipient, address, kind, subject, body, link, status, attempts, "
                        + "next_attempt_at, created_at, sent_at, last_error) VALUES (?, 'WECOM', 'xj-ks.finance', NULL, 'OVERDUE', ?, "
                        + "'body', NULL, ?, ?, ?, ?, ?, ?)")
                .params(deliveryId, "逾期：审查协议 " + deliveryId, status, "SENT".equals(status) ? 1 : 6, now, now,
                        "SENT".equals(status) ? now : null, error)
                .update();
    }

    private void shot(String name) {
        try {
            screenshot(name, false);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The page fits 360 px without sideways scrolling (a wide table scrolls in its own box). */
    private void onAPhone(String page) {
        try {
            browser.resize(MobileInTheBrowserTests.PHONE_WIDTH, MobileInTheBrowserTests.PHONE_HEIGHT);
            browser.waitUntil("document.documentElement.scrollWidth <= window.innerWidth", page + " within 360 px");
            shot("mobile-" + page.replace("the ", "").replace(' ', '-') + ".png");
        } finally {
            browser.resize(Browser.WIDTH, Browser.HEIGHT);
        }
    }
}
