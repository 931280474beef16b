package org.aidflow.directory;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People and their roles. Credentials and groups live in Camunda's identity service, so our app
 * and Camunda's web apps share one identity; a group is named {UNION}:{role} and is what tasks
 * are offered to. Our own table adds the union a person belongs to.
 */
@Service
public class People {

    public static final String ADMIN_GROUP = "camunda-admin";
    public static final String ADMIN_ROLE = "admin";

    private final IdentityService identity;
    private final JdbcClient jdbc;
    private final Directory directory;

    People(IdentityService identity, JdbcClient jdbc, Directory directory) {
        this.identity = identity;
        this.jdbc = jdbc;
        this.directory = directory;
    }

    public static String group(String unionCode, String role) {
        return unionCode + ":" + role;
    }

    /** Creates the person if they do not exist yet; an existing person is left as they are. */
    @Transactional
    public boolean ensure(String username, String displayName, String unionCode, List<String> roles, String password) {
        if (identity.createUserQuery().userId(username).count() > 0) {
            return false;
        }
        User user = identity.newUser(username);
        user.setFirstName(displayName);
        user.setLastName("");
        user.setPassword(password);
        identity.saveUser(user);
        for (String role : roles) {
            String groupId = ADMIN_ROLE.equals(role) ? ADMIN_GROUP : group(unionCode, role);
            ensureGroup(groupId, unionCode, role);
            identity.createMembership(username, groupId);
        }
        jdbc.sql("INSERT INTO person (username, union_code, display_name) VALUES (?, ?, ?)")
                .params(username, unionCode, displayName).update();
        return true;
    }

    private void ensureGroup(String groupId, String unionCode, String role) {
        if (identity.createGroupQuery().groupId(groupId).count() > 0) {
            return;
        }
        Group group = identity.newGroup(groupId);
        group.setName(unionCode == null ? "AidFlow administrators" : directory.get(unionCode).nameZh() + " " + role);
        group.setType(unionCode == null ? "SYSTEM" : "WORKFLOW");
        identity.saveGroup(group);
    }

    public Optional<Person> find(String username) {
        return jdbc.sql("SELECT username, display_name, union_code FROM person WHERE username = ?")
                .param(username)
                .query((rs, n) -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)})
                .optional()
                .map(row -> {
                    List<String> groups = identity.createGroupQuery().groupMember(username).list().stream()
                            .map(Group::getId).sorted().toList();
                    return new Person(row[0], row[1], row[2], groups.stream().map(People::role).sorted().toList(), groups);
                });
    }

    /** {UNION}:{role} gives the role; the admin group gives admin. */
    static String role(String groupId) {
        return ADMIN_GROUP.equals(groupId) ? ADMIN_ROLE : groupId.substring(groupId.indexOf(':') + 1);
    }
}
