package org.aidflow.notifications;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The deployment's group robots, from aidflow.channels.{wecom,dingtalk,feishu}.*; each is off without its webhook URL. */
@Configuration
class Robots {

    @Bean
    Transport wecomRobot(@Value("${aidflow.channels.wecom.webhook-url:}") String url,
                         @Value("${aidflow.channels.timeout-ms:5000}") long timeout, ObjectMapper json) {
        return new RobotTransport(Channel.WECOM, url, null, Duration.ofMillis(timeout), json);
    }

    @Bean
    Transport dingtalkRobot(@Value("${aidflow.channels.dingtalk.webhook-url:}") String url,
                            @Value("${aidflow.channels.dingtalk.secret:}") String secret,
                            @Value("${aidflow.channels.timeout-ms:5000}") long timeout, ObjectMapper json) {
        return new RobotTransport(Channel.DINGTALK, url, secret, Duration.ofMillis(timeout), json);
    }

    @Bean
    Transport feishuRobot(@Value("${aidflow.channels.feishu.webhook-url:}") String url,
                          @Value("${aidflow.channels.timeout-ms:5000}") long timeout, ObjectMapper json) {
        return new RobotTransport(Channel.FEISHU, url, null, Duration.ofMillis(timeout), json);
    }
}
