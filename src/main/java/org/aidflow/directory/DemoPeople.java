package org.aidflow.directory;

import java.util.List;

import org.aidflow.config.Ldap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data: one person for every role of every union ({code}.{role}, password "demo"). Loaded
 * only when aidflow.demo-data is on, which the production (mysql) profile turns off, and never with
 * LDAP sign-in, whose directory is read-only to AidFlow.
 */
@Component
@ConditionalOnProperty(name = "aidflow.demo-data", havingValue = "true")
@Conditional(Ldap.Off.class)
@Order(10)
class DemoPeople implements org.springframework.boot.ApplicationRunner {

    static final String DEMO_PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);

    private final Directory directory;
    private final People people;

    DemoPeople(Directory directory, People people) {
        this.directory = directory;
        this.people = people;
    }

    @Override
    public void run(org.springframework.boot.ApplicationArguments args) {
        int created = 0;
        for (Union union : directory.all()) {
            for (String role : union.level().roles()) {
                String username = union.code().toLowerCase() + "." + role;
                String displayName = union.nameZh() + " " + RoleNames.zh(role);
                if (people.ensure(username, displayName, union.code(), List.of(role), DEMO_PASSWORD)) {
                    created++;
                }
                // a vice chair beside each leader, so that 转办 (delegating a task) has a colleague to choose
                if (role.equals("leader") && people.ensure(username + "2", union.nameZh() + " 副主席", union.code(),
                        List.of(role), DEMO_PASSWORD)) {
                    created++;
                }
            }
        }
        if (created > 0) {
            log.info("Created {} demo users (password \"{}\")", created, DEMO_PASSWORD);
        }
    }
}
