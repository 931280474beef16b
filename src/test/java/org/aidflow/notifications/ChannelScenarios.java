package org.aidflow.notifications;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.aidflow.ApiTests;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app with every channel configured against receivers in this JVM: GreenMail as the SMTP server, and one
 * loopback HTTP receiver for the WeCom, DingTalk (signed) and Feishu robots. Short retries, timeouts and leases,
 * so that the tests see a message fail for good within a second or two; metrics exported (Prometheus) as in
 * production. One Spring context for all its tests.
 */
@AutoConfigureObservability
public abstract class ChannelScenarios extends ApiTests {

    protected static final String DINGTALK_SECRET = "SECtest-secret-0123456789";
    protected static final RobotReceiver ROBOTS;
    protected static final GreenMail MAIL;

    static {
        try {
            ROBOTS = new RobotReceiver();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        MAIL.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ROBOTS.close();
            MAIL.stop();
        }));
    }

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        registry.add("aidflow.channels.email.from", () -> "aidflow@example.org");
        registry.add("aidflow.channels.wecom.webhook-url", () -> ROBOTS.url("/wecom?key=test"));
        registry.add("aidflow.channels.dingtalk.webhook-url", () -> ROBOTS.url("/dingtalk?access_token=test"));
        registry.add("aidflow.channels.dingtalk.secret", () -> DINGTALK_SECRET);
        registry.add("aidflow.channels.feishu.webhook-url", () -> ROBOTS.url("/feishu"));
        registry.add("aidflow.channels.timeout-ms", () -> "400");
        registry.add("aidflow.base-url", () -> "https://aidflow.example.org");
        registry.add("aidflow.outbox.poll-ms", () -> "100");
        registry.add("aidflow.outbox.backoff-ms", () -> "20");
        registry.add("aidflow.outbox.max-attempts", () -> "3");
        registry.add("aidflow.outbox.lease-ms", () -> "3000");
        // the digest test runs the digest itself, at an hour of its choosing
        registry.add("aidflow.digest.cron", () -> "-");
    }

    /** Sets a person's channels through the API, as they would. */
    void choose(String username, String email, String phone, List<String> channels, Integer digestHour, String language) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("email", email);
        body.put("phone", phone);
        body.put("channels", channels);
        body.put("digestHour", digestHour);
        body.put("language", language);
        var answer = as(username).put("/api/me/channels", body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    long outboxRows(String where, Object... params) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE " + where).params(params).query(Long.class).single();
    }
}
