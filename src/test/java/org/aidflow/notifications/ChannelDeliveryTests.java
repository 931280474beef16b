package org.aidflow.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.mail.internet.MimeMessage;

import org.aidflow.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMailUtil;

/**
 * Each person's channels (PUT /api/me/channels) and what reaches them there: a new task by e-mail and on the
 * three robots in their documented formats with a deep link; nothing for a rolled-back action; a receiver that
 * fails or hangs is retried and then the message is FAILED and listed for administrators; one daily digest per
 * person and day however many nodes fire.
 */
class ChannelDeliveryTests extends ChannelScenarios {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Notifications notifications;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Digest digest;

    @BeforeEach
    void quiet() {
        ROBOTS.reset();
    }

    @Test
    void keepsEachPersonsOwnChannelsAndRefusesBadOnes() {
        choose("bt.finance", "bt.finance@example.org", "13900000001", List.of("EMAIL", "FEISHU", "EMAIL"), 9, "en");
        JsonNode mine = as("bt.finance").get("/api/me/channels").json();
        assertThat(mine.path("email").asText()).isEqualTo("bt.finance@example.org");
        assertThat(mine.path("channels").toString()).isEqualTo("[\"EMAIL\",\"FEISHU\"]");
        assertThat(mine.path("digestHour").asInt()).isEqualTo(9);
        assertThat(mine.path("language").asText()).isEqualTo("en");
        assertThat(mine.path("available").toString()).contains("EMAIL", "WECOM", "DINGTALK", "FEISHU");
        // somebody else sees their own, not bt.finance's
        assertThat(as("bt.leader").get("/api/me/channels").json().path("email").isNull()).isTrue();

        Api.Response bad = as("bt.finance").put("/api/me/channels", Map.of("email", "not-an-address", "channels", List.of("SMS"),
                "digestHour", 24, "language", "fr"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).contains("email", "channels[0]", "digestHour", "language");
        Api.Response noAddress = as("bt.finance").put("/api/me/channels", Map.of("channels", List.of("EMAIL")));
        assertThat(noAddress.status()).isEqualTo(400);
        assertThat(noAddress.errorFields()).containsExactly("email");
        assertThat(as("bt.finance").get("/api/me/channels").json().path("digestHour").asInt()).as("unchanged").isEqualTo(9);
    }

    @Test
    void aNewTaskReachesItsGroupByMailAndOnEveryRobotWithADeepLink() throws Exception {
        choose("xj-ht.leader", "xj-ht.leader@example.org", "13800000002", List.of("EMAIL", "WECOM", "DINGTALK", "FEISHU"), null, "zh");
        int mailsBefore = MAIL.getReceivedMessages().length;
        String code = draftAgreement("BJ", "XJ-HT", 100_000).path("code").asText();
        String task = taskId("xj-ht.leader", "reviewAgreement", code);
        String link = "https://aidflow.example.org/#/tasks/" + task;

        await().atMost(Duration.ofSeconds(10)).until(() -> outboxRows("link = ? AND recipient = 'xj-ht.leader' AND status = 'SENT'",
                "https://aidflow.example.org/#/tasks/" + task) == 4 && MAIL.getReceivedMessages().length > mailsBefore);
        MimeMessage mail = List.of(MAIL.getReceivedMessagesForDomain("xj-ht.leader@example.org")).stream()
                .filter(m -> bodyOf(m).contains(task)).findFirst().orElseThrow();
        assertThat(mail.getSubject()).startsWith("[AidFlow] 新待办：");
        assertThat(bodyOf(mail)).contains(link).contains(code);
        assertThat(mail.getHeader("X-AidFlow-Delivery-Id")).hasSize(1);
        assertThat(mail.getMessageID()).isEqualTo("<" + mail.getHeader("X-AidFlow-Delivery-Id")[0] + "@aidflow>");

        JsonNode wecom = JSON.readTree(only("/wecom", task).body());
        assertThat(wecom.path("msgtype").asText()).isEqualTo("markdown");
        assertThat(wecom.path("markdown").path("content").asText()).contains("](" + link + ")");

        RobotReceiver.Request ding = only("/dingtalk", task);
        JsonNode dingtalk = JSON.readTree(ding.body());
        assertThat(dingtalk.path("msgtype").asText()).isEqualTo("markdown");
        assertThat(dingtalk.path("markdown").path("text").asText()).contains(link);
        assertThat(dingtalk.path("at").path("atMobiles").get(0).asText()).isEqualTo("13800000002");
        Map<String, String> query = query(ding.query());
        assertThat(query.get("access_token")).isEqualTo("test");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(DINGTALK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getEncoder().encodeToString(mac.doFinal((query.get("timestamp") + "\n" + DINGTALK_SECRET)
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(query.get("sign")).as("DingTalk's signature").isEqualTo(expected);
        assertThat(Math.abs(System.currentTimeMillis() - Long.parseLong(query.get("timestamp")))).isLessThan(60_000);

        JsonNode feishu = JSON.readTree(only("/feishu", task).body());
        assertThat(feishu.path("msg_type").asText()).isEqualTo("interactive");
        assertThat(feishu.path("card").path("elements").get(1).path("actions").get(0).path("url").asText()).isEqualTo(link);

    }

    @Test
    void aRolledBackActionSendsNothing() {
        choose("xj.finance", "xj.finance@example.org", null, List.of("EMAIL", "WECOM"), null, "en");
        transaction.executeWithoutResult(status -> {
            notifications.add(TaskNotices.DELEGATED, null, "xj.finance", "rolled-back-task", "reviewAgreement", "Review",
                    "RB-2", "XJ:finance", null, "xj.leader", "转办");
            assertThat(outboxRows("link LIKE ?", "%rolled-back-task")).as("written in the action's transaction").isEqualTo(2);
            status.setRollbackOnly();
        });
        assertThat(outboxRows("link LIKE ?", "%rolled-back-task")).isZero();
        // a committed one afterwards goes out; the rolled-back one never did
        notifications.add(TaskNotices.DELEGATED, null, "xj.finance", "committed-task", "reviewAgreement", "Review",
                "RB-3", "XJ:finance", null, "xj.leader", "转办");
        await().atMost(Duration.ofSeconds(10)).until(() -> outboxRows("link LIKE ? AND status = 'SENT'", "%committed-task") == 2);
        assertThat(ROBOTS.requests()).noneMatch(r -> r.body().contains("rolled-back-task"));
        assertThat(List.of(MAIL.getReceivedMessages())).noneMatch(m -> bodyOf(m).contains("rolled-back-task"));
    }

    @Test
    void aFailingReceiverIsRetriedThenTheMessageFailsAndAdministratorsSeeIt() {
        ROBOTS.mode("/feishu", RobotReceiver.Mode.FAIL);
        choose("bt.inspector", null, null, List.of("FEISHU"), null, "zh");
        notifications.add(TaskNotices.REMINDER, null, "bt.inspector", "failing-task", "inspect", "检查", "FX-1", "BT:inspector",
                null, "bt.leader", "请尽快");
        await().atMost(Duration.ofSeconds(10)).until(() -> outboxRows("link LIKE ? AND status = 'FAILED'", "%failing-task") == 1);
        List<RobotReceiver.Request> tries = ROBOTS.requests("/feishu").stream().filter(r -> r.body().contains("failing-task")).toList();
        assertThat(tries).hasSize(3);
        assertThat(tries.stream().map(RobotReceiver.Request::deliveryId).distinct()).as("one delivery id, tried three times").hasSize(1);

        Api.Response failed = as("admin").get("/api/admin/outbox?status=FAILED");
        assertThat(failed.status()).isEqualTo(200);
        JsonNode item = find(failed.json().path("items"), "failing-task");
        assertThat(item.path("attempts").asInt()).isEqualTo(3);
        assertThat(item.path("lastError").asText()).contains("500");
        assertThat(item.path("recipient").asText()).isEqualTo("bt.inspector");
        assertThat(as("bt.leader").get("/api/admin/outbox?status=FAILED").status()).isEqualTo(403);
        assertThat(as("admin").get("/api/admin/outbox?status=LOST").status()).isEqualTo(400);
    }

    @Test
    void aReceiverThatTimesOutIsRetriedThenFailed() {
        ROBOTS.mode("/feishu", RobotReceiver.Mode.SLOW);
        choose("bt.officer", null, null, List.of("FEISHU"), null, "en");
        notifications.add(TaskNotices.REMINDER, null, "bt.officer", "slow-task", "inspect", "Inspect", "FX-2", "BT:officer",
                null, "bt.leader", null);
        await().atMost(Duration.ofSeconds(15)).until(() -> outboxRows("link LIKE ? AND status = 'FAILED'", "%slow-task") == 1);
        JsonNode item = find(as("admin").get("/api/admin/outbox?status=FAILED").json().path("items"), "slow-task");
        assertThat(item.path("attempts").asInt()).isEqualTo(3);
        assertThat(item.path("lastError").asText().toLowerCase()).contains("timed out");
    }

    @Test
    void writesOneDigestPerPersonAndDayHoweverManyNodesFire() {
        jdbc.sql("DELETE FROM outbox_message WHERE kind = 'DIGEST' AND recipient = 'xj-ht.leader2'").update();
        choose("xj-ht.leader2", "xj-ht.leader2@example.org", null, List.of("EMAIL", "WECOM"), 7, "en");
        String code = draftAgreement("BJ", "XJ-HT", 100_000).path("code").asText();
        ZonedDateTime seven = ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).withHour(7).withMinute(0);
        assertThat(digest.run(seven)).as("one message on each of their two channels").isEqualTo(2);
        assertThat(digest.run(seven.plusMinutes(1))).as("a second node firing writes nothing").isZero();
        assertThat(digest.run(seven.withHour(8))).as("nobody asked for 08:00").isZero();
        await().atMost(Duration.ofSeconds(10)).until(() -> outboxRows("kind = 'DIGEST' AND recipient = 'xj-ht.leader2' AND status = 'SENT'") == 2);
        String body = jdbc.sql("SELECT body FROM outbox_message WHERE kind = 'DIGEST' AND recipient = 'xj-ht.leader2' AND channel = 'WECOM'")
                .query(String.class).single();
        assertThat(body).startsWith("You have ").contains("https://aidflow.example.org/#/tasks/");
        assertThat(ROBOTS.requests("/wecom")).anyMatch(r -> r.body().contains("Daily digest"));
        assertThat(code).isNotBlank();
    }

    /** The one request on this path about text for the mobile number (or, for Feishu which mentions none, any). */
    private static RobotReceiver.Request only(String path, String text) {
        List<RobotReceiver.Request> found = ROBOTS.requests(path).stream().filter(r -> r.body().contains(text))
                .filter(r -> !path.equals("/dingtalk") || r.body().contains("13800000002")).limit(1).toList();
        assertThat(found).as(path).hasSize(1);
        return found.get(0);
    }

    private static JsonNode find(JsonNode items, String text) {
        for (JsonNode item : items) {
            if (item.path("link").asText().contains(text)) {
                return item;
            }
        }
        throw new AssertionError("no outbox message about " + text + " in " + items);
    }

    private static String bodyOf(MimeMessage m) {
        try {
            Object content = m.getContent();
            return content instanceof String s ? s : GreenMailUtil.getBody(m);
        } catch (Exception e) {
            return GreenMailUtil.getBody(m);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> map = new java.util.HashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            map.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return map;
    }
}
