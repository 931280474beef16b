package org.aidflow.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import org.aidflow.directory.People;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily digest, for those who asked for one (digestHour): at that hour (Beijing time) their open and overdue
 * tasks, on each channel they chose. Every node's scheduler fires each hour; each message has the dedupe key
 * DIGEST:{person}:{day}:{channel}, so it is written once per person and day however many nodes fire.
 */
@Component
class Digest {

    private static final Logger log = LoggerFactory.getLogger(Digest.class);
    static final String KIND = "DIGEST";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int LISTED = 10;

    private final PersonChannels channels;
    private final Outbox outbox;
    private final Templates templates;
    private final TaskService tasks;
    private final People people;

    Digest(PersonChannels channels, Outbox outbox, Templates templates, TaskService tasks, People people) {
        this.channels = channels;
        this.outbox = outbox;
        this.templates = templates;
        this.tasks = tasks;
        this.people = people;
    }

    @Scheduled(cron = "${aidflow.digest.cron:0 0 * * * *}", zone = "Asia/Shanghai")
    void hourly() {
        int written = run(ZonedDateTime.now(ZONE));
        if (written > 0) {
            log.info("Daily digests: {} messages written", written);
        }
    }

    /** Writes the digests due at this hour that no node has written yet; answers how many this call wrote. */
    int run(ZonedDateTime now) {
        if (outbox.enabled().isEmpty()) {
            return 0;
        }
        LocalDate day = now.withZoneSameInstant(ZONE).toLocalDate();
        int written = 0;
        for (PersonChannels.Reachable person : channels.digestAt(now.withZoneSameInstant(ZONE).getHour())) {
            List<Task> open = query(person.username()).orderByDueDate().asc().listPage(0, LISTED);
            long total = query(person.username()).count();
            if (total == 0) {
                continue;
            }
            long overdue = query(person.username()).dueBefore(Date.from(Instant.now())).count();
            String language = person.settings().language();
            List<String> lines = open.stream().map(t -> t.getName() + (t.getDueDate() != null
                    && t.getDueDate().toInstant().isBefore(Instant.now()) ? " " + templates.overdueMark(language) : "")
                    + " " + templates.taskLink(t.getId())).toList();
            Templates.Rendered text = templates.digest(language, (int) total, (int) overdue, lines);
            for (Channel channel : person.settings().channels()) {
                if (outbox.enabled().contains(channel)
                        && outbox.enqueueOnce(person, channel, KIND, text, KIND + ":" + person.username() + ":" + day + ":" + channel)) {
                    written++;
                }
            }
        }
        return written;
    }

    private TaskQuery query(String username) {
        List<String> groups = people.groups(username);
        TaskQuery q = tasks.createTaskQuery().active();
        return groups.isEmpty() ? q.taskAssignee(username)
                : q.or().taskAssignee(username).taskCandidateGroupIn(groups).endOr();
    }
}
