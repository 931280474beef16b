package org.aidflow.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
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
        // seeded people (the demo users, the configured admin) keep the password they are given
        ((IdentityServiceImpl) identity).saveUser(user, true);
        for (String role : roles) {
            String groupId = ADMIN_ROLE.equals(role) ? ADMIN_GROUP : group(unionCode, role);
            ensureGroup(groupId, unionCode, role);
            identity.createMembership(username, groupId);
        }
        jdbc.sql("INSERT INTO person (username, union_code, display_name) VALUES (?, ?, ?)")
                .params(username, unionCode, displayName).update();
        return true;
    }

    void ensureGroup(String groupId, String unionCode, String role) {
        if (identity.createGroupQuery().groupId(groupId).count() > 0) {
            return;
        }
        Group group = identity.newGroup(groupId);
        group.setName(unionCode == null ? "AidFlow administrators" : directory.get(unionCode).nameZh() + " " + role);
        group.setType(unionCode == null ? "SYSTEM" : "WORKFLOW");
        identity.saveGroup(group);
    }

    public Optional<Person> find(String username) {
        return signIn(username).map(SignIn::person);
    }

    /**
     * What every request checks about its person: whether they may still act, must first choose a
     * password, and which changes their session has seen. Empty for someone not in the directory.
     */
    public Optional<PersonState> state(String username) {
        return jdbc.sql("SELECT id, disabled, password_change_required, version, session_epoch FROM person WHERE username = ?")
                .param(username)
                .query((rs, n) -> new PersonState(rs.getLong(1), rs.getBoolean(2), rs.getBoolean(3), rs.getInt(4), rs.getInt(5)))
                .optional();
    }

    /**
     * A person as a sign-in needs them: their state and who they are, with their groups, and the engine's
     * record of their password (null for a person the engine has no user for).
     */
    public record SignIn(PersonState state, Person person, StoredPassword password) {
    }

    /**
     * Camunda's hashed password and salt of a user, and whether Camunda's own lock-out (of earlier versions) still
     * marks them: then the engine itself must check the password, as it also lifts the mark.
     */
    public record StoredPassword(String hash, String salt, boolean lockMarked) {
    }

    /**
     * The person, their state and their groups in one round trip, for the sign-in every HTTP Basic
     * request makes. The memberships are joined on the parameter, not on the person's column, so that the
     * two tables' collations (Camunda's and ours) are never compared.
     */
    public Optional<SignIn> signIn(String username) {
        List<Object[]> rows = jdbc.sql("SELECT p.id, p.disabled, p.password_change_required, p.version, p.session_epoch, "
                        + "p.username, p.display_name, p.union_code, m.GROUP_ID_, u.PWD_, u.SALT_, u.ATTEMPTS_, u.LOCK_EXP_TIME_, "
                        + "u.ID_ FROM person p LEFT JOIN ACT_ID_USER u ON u.ID_ = ? "
                        + "LEFT JOIN ACT_ID_MEMBERSHIP m ON m.USER_ID_ = ? WHERE p.username = ?")
                .params(username, username, username)
                .query((rs, n) -> new Object[] {new PersonState(rs.getLong(1), rs.getBoolean(2), rs.getBoolean(3), rs.getInt(4),
                        rs.getInt(5)), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(14) == null ? null : new StoredPassword(rs.getString(10), rs.getString(11),
                                rs.getInt(12) > 0 || rs.getTimestamp(13) != null)})
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] first = rows.get(0);
        List<String> groups = rows.stream().map(r -> (String) r[4]).filter(java.util.Objects::nonNull).distinct().sorted().toList();
        Person person = new Person((String) first[1], (String) first[2], (String) first[3],
                groups.stream().map(People::role).sorted().toList(), groups);
        return Optional.of(new SignIn((PersonState) first[0], person, (StoredPassword) first[5]));
    }

    /** A person who may sign in and be given tasks. */
    public boolean isActive(String username) {
        return state(username).map(s -> !s.disabled()).orElse(false);
    }

    /** The groups a person is a member of, in order. */
    public List<String> groups(String username) {
        return identity.createGroupQuery().groupMember(username).list().stream().map(Group::getId).sorted().toList();
    }

    /**
     * Makes a person a member of exactly the groups of these roles in this union: memberships of
     * other groups are ended, missing ones begun (and their groups made). Answers the new groups.
     */
    @Transactional
    public List<String> replaceMemberships(String username, String unionCode, List<String> roles) {
        List<String> current = groups(username);
        List<String> wanted = new ArrayList<>();
        for (String role : roles) {
            String groupId = ADMIN_ROLE.equals(role) ? ADMIN_GROUP : group(unionCode, role);
            if (!wanted.contains(groupId)) {
                wanted.add(groupId);
                if (!current.contains(groupId)) {
                    ensureGroup(groupId, unionCode, role);
                    identity.createMembership(username, groupId);
                }
            }
        }
        current.stream().filter(g -> !wanted.contains(g)).forEach(g -> identity.deleteMembership(username, g));
        return wanted.stream().sorted().toList();
    }

    /** A task offered to this group reaches someone: one of its members is not disabled. */
    public boolean hasActiveMember(String groupId) {
        return jdbc.sql("SELECT COUNT(*) FROM ACT_ID_MEMBERSHIP m JOIN person p ON p.username = m.USER_ID_ "
                        + "WHERE m.GROUP_ID_ = ? AND p.disabled = FALSE")
                .param(groupId).query(Long.class).single() > 0;
    }

    /** Every group with at least one member who is not disabled. */
    public Set<String> groupsWithActiveMembers() {
        return Set.copyOf(jdbc.sql("SELECT DISTINCT m.GROUP_ID_ FROM ACT_ID_MEMBERSHIP m JOIN person p "
                        + "ON p.username = m.USER_ID_ WHERE p.disabled = FALSE")
                .query(String.class).list());
    }

    /** {UNION}:{role} gives the role; the admin group gives admin. */
    public static String role(String groupId) {
        return ADMIN_GROUP.equals(groupId) ? ADMIN_ROLE : groupId.substring(groupId.indexOf(':') + 1);
    }
}
