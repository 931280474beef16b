package org.aidflow.notifications;

import java.nio.charset.StandardCharsets;

import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail over SMTP with Spring's mail support (spring.mail.*; off without spring.mail.host). The delivery id is
 * the message's Message-ID and its X-AidFlow-Delivery-Id header, so a mail system or a reader's filter can drop
 * a second copy.
 */
@Component
class EmailTransport implements Transport {

    static final String DELIVERY_HEADER = "X-AidFlow-Delivery-Id";

    private final ObjectProvider<JavaMailSender> mail;
    private final String from;

    EmailTransport(ObjectProvider<JavaMailSender> mail, @Value("${aidflow.channels.email.from:aidflow@localhost}") String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public boolean enabled() {
        return mail.getIfAvailable() != null;
    }

    @Override
    public void send(OutboxMessage m) throws Exception {
        JavaMailSender sender = mail.getObject();
        MimeMessage message = new IdentifiedMessage(sender.createMimeMessage(), m.deliveryId());
        MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(m.address());
        helper.setSubject(m.subject());
        helper.setText(m.body() + (m.link() == null ? "" : "\n\n" + m.link()), false);
        message.setHeader(DELIVERY_HEADER, m.deliveryId());
        sender.send(message);
    }

    /** Keeps the delivery id as Message-ID, which JavaMail would otherwise replace with one of its own on sending. */
    private static final class IdentifiedMessage extends MimeMessage {

        private final String deliveryId;

        IdentifiedMessage(MimeMessage from, String deliveryId) {
            super(from.getSession());
            this.deliveryId = deliveryId;
        }

        @Override
        protected void updateMessageID() throws jakarta.mail.MessagingException {
            setHeader("Message-ID", "<" + deliveryId + "@aidflow>");
        }
    }
}
