package org.aidflow.directory;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.aidflow.config.Ldap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Service;

/**
 * People as an LDAP directory describes them, where AidFlow keeps no {@code person} row: the union
 * is the one their {UNION}:{role} groups name. The directory is the only authority then, so a
 * {@code person} row left from before LDAP is not consulted (its union might contradict the groups).
 * Someone in the groups of two unions, or in no AidFlow group at all, may not sign in: every rule of
 * who sees what starts from one union. Groups that name no known union and role (the enterprise's
 * other groups) are ignored.
 */
@Service
@Conditional(Ldap.On.class)
public class PeopleFromGroups {

    private static final Logger log = LoggerFactory.getLogger(PeopleFromGroups.class);

    private final IdentityService identity;
    private final Directory directory;

    PeopleFromGroups(IdentityService identity, Directory directory) {
        this.identity = identity;
        this.directory = directory;
    }

    public Optional<Person> find(String username) {
        User user = identity.createUserQuery().userId(username).singleResult();
        if (user == null) {
            return Optional.empty();
        }
        // the directory's spelling of the id, which may differ in case from what was typed
        String id = user.getId();
        List<String> groups = identity.createGroupQuery().groupMember(id).list().stream()
                .map(Group::getId).filter(this::isAidFlowGroup).sorted().toList();
        Set<String> unions = new TreeSet<>();
        groups.stream().filter(g -> !People.ADMIN_GROUP.equals(g)).forEach(g -> unions.add(g.substring(0, g.indexOf(':'))));
        if (unions.size() > 1) {
            log.warn("Sign-in refused for {}: their directory groups {} name {} unions, one is allowed", id, groups, unions.size());
            return Optional.empty();
        }
        if (groups.isEmpty()) {
            log.warn("Sign-in refused for {}: member of no AidFlow group ({UNION}:{role} or {})", id, People.ADMIN_GROUP);
            return Optional.empty();
        }
        String union = unions.isEmpty() ? null : unions.iterator().next();
        return Optional.of(new Person(id, displayName(user), union,
                groups.stream().map(People::role).distinct().sorted().toList(), groups));
    }

    private boolean isAidFlowGroup(String groupId) {
        if (People.ADMIN_GROUP.equals(groupId)) {
            return true;
        }
        int colon = groupId.indexOf(':');
        return colon > 0 && directory.find(groupId.substring(0, colon))
                .map(u -> u.level().roles().contains(groupId.substring(colon + 1)))
                .orElse(false);
    }

    private static String displayName(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? user.getId() : name;
    }
}
