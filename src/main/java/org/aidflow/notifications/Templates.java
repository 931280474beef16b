package org.aidflow.notifications;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders a notice for one person in their language (zh or en, messages-notifications*.properties): a subject,
 * a few lines of text (Markdown the robots and plain mail both read well), and a deep link into AidFlow built on
 * aidflow.base-url: the task page for a task, the inbox otherwise.
 */
@Component
class Templates {

    record Rendered(String subject, String body, String link) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final MessageSource messages;
    private final String baseUrl;

    Templates(MessageSource messages, @Value("${aidflow.base-url:http://localhost:8080}") String baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    Rendered notice(Notice n, String language, String byName) {
        Locale locale = locale(language);
        String what = n.taskName() != null ? n.taskName() : n.businessKey() != null ? n.businessKey() : "";
        String subject = "[AidFlow] " + text(locale, "channel.subject." + n.kind(), "channel.subject.other", what);
        List<String> lines = new ArrayList<>();
        if (n.taskName() != null) {
            lines.add(text(locale, "channel.line.task", null, n.taskName()));
        }
        if (n.businessKey() != null) {
            lines.add(text(locale, "channel.line.case", null, n.businessKey()));
        }
        if (n.dueAt() != null) {
            lines.add(text(locale, "channel.line.due", null, DAY.format(n.dueAt().toInstant())));
        }
        if (byName != null) {
            lines.add(text(locale, "channel.line.by", null, byName));
        }
        if (n.message() != null && !n.message().isBlank()) {
            lines.add(text(locale, "channel.line.message", null, n.message()));
        }
        return new Rendered(cut(subject, 400), cut(String.join("\n\n", lines), 7000), taskLink(n.taskId()));
    }

    Rendered digest(String language, int open, int overdue, List<String> tasks) {
        Locale locale = locale(language);
        String subject = "[AidFlow] " + text(locale, "channel.subject.DIGEST", null, open, overdue);
        List<String> lines = new ArrayList<>();
        lines.add(text(locale, "channel.digest.summary", null, open, overdue));
        tasks.forEach(t -> lines.add("- " + t));
        return new Rendered(cut(subject, 400), cut(String.join("\n", lines), 7000), baseUrl + "/#/inbox");
    }

    String taskLink(String taskId) {
        return taskId == null ? baseUrl + "/#/inbox" : baseUrl + "/#/tasks/" + taskId;
    }

    String overdueMark(String language) {
        return text(locale(language), "channel.digest.overdue", null);
    }

    private String text(Locale locale, String key, String fallbackKey, Object... args) {
        String fallback = fallbackKey == null ? key : messages.getMessage(fallbackKey, args, fallbackKey, locale);
        return messages.getMessage(key, args, fallback, locale);
    }

    private static Locale locale(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
