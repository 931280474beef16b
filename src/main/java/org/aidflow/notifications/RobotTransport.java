package org.aidflow.notifications;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A group robot's incoming webhook (WeCom 企业微信, DingTalk 钉钉, Feishu 飞书), each in its documented format: a
 * Markdown card with a link to the task, the person mentioned by mobile number where the robot can. DingTalk's
 * signed webhooks get {@code timestamp} and {@code sign} (Base64 of HmacSHA256 over "timestamp\nsecret",
 * URL-encoded). A receiver that answers other than 2xx, or 2xx with a non-zero errcode/code, has not taken
 * the message. Every request carries the delivery id in the X-AidFlow-Delivery-Id header.
 */
class RobotTransport implements Transport {

    private final Channel channel;
    private final String url;
    private final String secret;
    private final Duration timeout;
    private final HttpClient http;
    private final ObjectMapper json;

    RobotTransport(Channel channel, String url, String secret, Duration timeout, ObjectMapper json) {
        this.channel = channel;
        this.url = url == null ? "" : url.trim();
        this.secret = secret == null ? "" : secret.trim();
        this.timeout = timeout;
        this.json = json;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public boolean enabled() {
        return !url.isEmpty();
    }

    @Override
    public void send(OutboxMessage m) throws Exception {
        String target = channel == Channel.DINGTALK && !secret.isEmpty() ? signed(url, secret, System.currentTimeMillis()) : url;
        HttpRequest request = HttpRequest.newBuilder(URI.create(target)).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header(EmailTransport.DELIVERY_HEADER, m.deliveryId())
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(payload(m)), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(channel + " answered HTTP " + response.statusCode());
        }
        String body = response.body();
        if (body != null && body.trim().startsWith("{")) {
            JsonNode answer = json.readTree(body);
            JsonNode code = answer.has("errcode") ? answer.get("errcode") : answer.get("code");
            if (code != null && code.asInt(0) != 0) {
                String msg = answer.path(answer.has("errmsg") ? "errmsg" : "msg").asText("");
                throw new IllegalStateException(channel + " refused the message: " + code.asText() + " " + msg);
            }
        }
    }

    Map<String, Object> payload(OutboxMessage m) {
        String text = "**" + m.subject() + "**\n\n" + m.body() + (m.link() == null ? "" : "\n\n[" + m.link() + "](" + m.link() + ")");
        return switch (channel) {
            case WECOM -> Map.of("msgtype", "markdown", "markdown", Map.of("content", text));
            case DINGTALK -> Map.of("msgtype", "markdown",
                    "markdown", Map.of("title", m.subject(), "text", text + mention(m.address())),
                    "at", Map.of("atMobiles", m.address() == null ? List.of() : List.of(m.address()), "isAtAll", false));
            case FEISHU -> feishu(m);
            case EMAIL -> throw new IllegalArgumentException("e-mail is not a robot");
        };
    }

    private static Map<String, Object> feishu(OutboxMessage m) {
        List<Object> elements = new java.util.ArrayList<>();
        elements.add(Map.of("tag", "div", "text", Map.of("tag", "lark_md", "content", m.body())));
        if (m.link() != null) {
            elements.add(Map.of("tag", "action", "actions", List.of(Map.of("tag", "button", "type", "primary",
                    "url", m.link(), "text", Map.of("tag", "plain_text", "content", "AidFlow")))));
        }
        return Map.of("msg_type", "interactive", "card", Map.of("config", Map.of("wide_screen_mode", true),
                "header", Map.of("title", Map.of("tag", "plain_text", "content", m.subject())), "elements", elements));
    }

    private static String mention(String phone) {
        return phone == null ? "" : "\n\n@" + phone;
    }

    /** DingTalk's signature: timestamp in ms, sign = URL-encoded Base64 of HmacSHA256(secret, "timestamp\nsecret"). */
    static String signed(String url, String secret, long timestamp) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] sign = mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8));
        String encoded = URLEncoder.encode(Base64.getEncoder().encodeToString(sign), StandardCharsets.UTF_8);
        return url + (url.contains("?") ? "&" : "?") + "timestamp=" + timestamp + "&sign=" + encoded;
    }
}
