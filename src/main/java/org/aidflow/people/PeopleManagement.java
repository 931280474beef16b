package org.aidflow.people;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.aidflow.audit.AuditRecord;
import org.aidflow.audit.AuditTrail;
import org.aidflow.directory.Directory;
import org.aidflow.directory.People;
import org.aidflow.directory.PersonState;
import org.aidflow.directory.Union;
import org.aidflow.security.CurrentUser;
import org.aidflow.tasks.EngineUser;
import org.aidflow.web.ApiException;
import org.aidflow.web.Checks;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every change the administrator makes to people: accounts, their union and roles, disabling and
 * enabling, password resets. Camunda's identity (credentials, groups), our person row and the
 * audit record change in one transaction. A person is made with a one-time password and must
 * choose their own at first sign-in; the administrator's own account and other administrators
 * are not managed here, so nobody can lock the system out of its administration.
 */
@Service
class PeopleManagement {

    /** Camunda's resource id whitelist (application.properties), and our column's length. */
    static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9._:-]+");
    static final int USERNAME_MAX = 64;
    static final int NAME_MAX = 100;
    static final int NAME_EN_MAX = 200;
    static final int EMAIL_MAX = 254;
    static final int PHONE_MAX = 40;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{2,39}");

    record PersonInput(String username, String displayName, String displayNameEn, String union, List<String> roles,
                       String email, String phone) {
    }

    /** A person just made or reset, with the password shown to the administrator this once. */
    record WithPassword(PersonView person, String oneTimePassword) {
    }

    private final People people;
    private final Directory directory;
    private final PeopleSearch search;
    private final IdentityService identity;
    private final EngineUser engineUser;
    private final TaskService tasks;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final ObjectMapper json;

    PeopleManagement(People people, Directory directory, PeopleSearch search, IdentityService identity,
                     EngineUser engineUser, TaskService tasks, AuditTrail audit, JdbcClient jdbc, ObjectMapper json) {
        this.people = people;
        this.directory = directory;
        this.search = search;
        this.identity = identity;
        this.engineUser = engineUser;
        this.tasks = tasks;
        this.audit = audit;
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional
    public WithPassword create(CurrentUser admin, PersonInput in) {
        writable();
        Checks checks = new Checks();
        checks.require("username", in.username()).maxLength("username", in.username(), USERNAME_MAX);
        if (in.username() != null && !in.username().isBlank() && !USERNAME.matcher(in.username()).matches()) {
            checks.add("username", "people.usernamePattern");
        }
        checks.require("displayName", blankToNull(in.displayName()));
        Union union = checkUnion(checks, in.union());
        checkRoles(checks, union, in.roles());
        checkDetails(checks, in.displayName(), in.displayNameEn(), in.email(), in.phone());
        checks.throwIfAny();
        String username = in.username();
        if (taken(username)) {
            throw ApiException.conflict("people.duplicate", username);
        }
        String password = OneTimePasswords.next();
        User user = identity.newUser(username);
        user.setFirstName(in.displayName().strip());
        user.setLastName("");
        user.setEmail(blankToNull(in.email()));
        user.setPassword(password);
        // a one-time password is AidFlow's, not the person's choice: the policy applies to what they choose
        ((IdentityServiceImpl) identity).saveUser(user, true);
        List<String> groups = people.replaceMemberships(username, union.code(), in.roles());
        Timestamp now = Timestamp.from(Instant.now());
        try {
            jdbc.sql("INSERT INTO person (username, union_code, display_name, display_name_en, email, phone, disabled, "
                            + "password_change_required, version, session_epoch, created_at, updated_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, FALSE, TRUE, 0, 0, ?, ?)")
                    .params(username, union.code(), in.displayName().strip(), blankToNull(in.displayNameEn()),
                            blankToNull(in.email()), blankToNull(in.phone()), now, now)
                    .update();
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("people.duplicate", username);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("username", username);
        details.put("union", union.code());
        details.put("roles", groups.stream().map(People::role).toList());
        details.put("displayName", in.displayName().strip());
        record(admin, username, "PERSON_CREATED", details);
        return new WithPassword(view(username), password);
    }

    /** Changes what is given; an empty e-mail, phone or English name clears it. */
    @Transactional
    public PersonView update(CurrentUser admin, String username, PersonInput in) {
        PersonView current = managed(admin, username);
        Checks checks = new Checks();
        if (in.displayName() != null) {
            checks.require("displayName", blankToNull(in.displayName()));
        }
        Union union = in.union() == null ? directory.get(current.union()) : checkUnion(checks, in.union());
        List<String> roles = in.roles() == null ? current.roles() : in.roles();
        checkRoles(checks, union, roles);
        checkDetails(checks, in.displayName(), in.displayNameEn(), in.email(), in.phone());
        checks.throwIfAny();

        String displayName = in.displayName() == null ? current.displayName() : in.displayName().strip();
        String displayNameEn = in.displayNameEn() == null ? current.displayNameEn() : blankToNull(in.displayNameEn());
        String email = in.email() == null ? current.email() : blankToNull(in.email());
        String phone = in.phone() == null ? current.phone() : blankToNull(in.phone());
        List<String> newRoles = roles.stream().distinct().sorted().toList();

        Map<String, Object> changes = new LinkedHashMap<>();
        change(changes, "displayName", current.displayName(), displayName);
        change(changes, "displayNameEn", current.displayNameEn(), displayNameEn);
        change(changes, "email", current.email(), email);
        change(changes, "phone", current.phone(), phone);
        change(changes, "union", current.union(), union.code());
        change(changes, "roles", current.roles(), newRoles);
        if (changes.isEmpty()) {
            return current;
        }
        User user = identity.createUserQuery().userId(username).singleResult();
        user.setFirstName(displayName);
        user.setEmail(email);
        ((IdentityServiceImpl) identity).saveUser(user, true);
        List<String> groups = people.replaceMemberships(username, union.code(), newRoles);
        jdbc.sql("UPDATE person SET union_code = ?, display_name = ?, display_name_en = ?, email = ?, phone = ?, "
                        + "version = version + 1, updated_at = ? WHERE username = ?")
                .params(union.code(), displayName, displayNameEn, email, phone, Timestamp.from(Instant.now()), username)
                .update();
        List<String> returned = unclaim(admin, username, groups);
        if (!returned.isEmpty()) {
            changes.put("returnedTasks", returned);
        }
        record(admin, username, "PERSON_UPDATED", changes);
        return view(username);
    }

    /** Signs the person out for good (until enabled) and gives their claimed tasks back to their groups. */
    @Transactional
    public PersonView disable(CurrentUser admin, String username) {
        PersonView current = managed(admin, username);
        if (current.disabled()) {
            return current;
        }
        jdbc.sql("UPDATE person SET disabled = TRUE, version = version + 1, session_epoch = session_epoch + 1, updated_at = ? "
                        + "WHERE username = ?")
                .params(Timestamp.from(Instant.now()), username).update();
        List<String> returned = unclaim(admin, username, List.of());
        record(admin, username, "PERSON_DISABLED", Map.of("returnedTasks", returned));
        return view(username);
    }

    @Transactional
    public PersonView enable(CurrentUser admin, String username) {
        PersonView current = managed(admin, username);
        if (!current.disabled()) {
            return current;
        }
        jdbc.sql("UPDATE person SET disabled = FALSE, version = version + 1, updated_at = ? WHERE username = ?")
                .params(Timestamp.from(Instant.now()), username).update();
        record(admin, username, "PERSON_ENABLED", Map.of());
        return view(username);
    }

    /** A new one-time password: the old password stops working, and every session of the person ends. */
    @Transactional
    public WithPassword reset(CurrentUser admin, String username) {
        managed(admin, username);
        String password = OneTimePasswords.next();
        User user = identity.createUserQuery().userId(username).singleResult();
        user.setPassword(password);
        ((IdentityServiceImpl) identity).saveUser(user, true);
        jdbc.sql("UPDATE person SET password_change_required = TRUE, version = version + 1, session_epoch = session_epoch + 1, "
                        + "updated_at = ? WHERE username = ?")
                .params(Timestamp.from(Instant.now()), username).update();
        record(admin, username, "PASSWORD_RESET", Map.of());
        return new WithPassword(view(username), password);
    }

    /** A person the administrator may change: in the directory, in a union, not an administrator, not themselves. */
    private PersonView managed(CurrentUser admin, String username) {
        writable();
        PersonView person = search.find(username).orElseThrow(ApiException::notFound);
        if (person.isAdministrator() || person.username().equals(admin.username())) {
            throw ApiException.conflict("people.administrator");
        }
        return person;
    }

    /** With LDAP sign-in people are administered in the directory; Camunda's identity is read-only then. */
    private void writable() {
        if (identity.isReadOnly()) {
            throw ApiException.conflict("people.directoryReadOnly");
        }
    }

    private boolean taken(String username) {
        return identity.createUserQuery().userId(username).count() > 0
                || jdbc.sql("SELECT COUNT(*) FROM person WHERE LOWER(username) = LOWER(?)").param(username)
                        .query(Long.class).single() > 0;
    }

    private Union checkUnion(Checks checks, String code) {
        checks.require("union", blankToNull(code));
        if (code == null || code.isBlank()) {
            return null;
        }
        Union union = directory.find(code).orElse(null);
        checks.check(union != null, "union", "union.unknown");
        return union;
    }

    /** Roles must be some of those the union's level has (processes.md); nothing else, not admin. */
    private static void checkRoles(Checks checks, Union union, List<String> roles) {
        checks.require("roles", roles);
        if (union == null || roles == null) {
            return;
        }
        for (String role : roles) {
            if (role == null || !union.level().roles().contains(role)) {
                checks.add("roles", "people.roleNotOfLevel", String.valueOf(role), String.join(", ", union.level().roles()));
            }
        }
    }

    private static void checkDetails(Checks checks, String displayName, String displayNameEn, String email, String phone) {
        checks.maxLength("displayName", displayName, NAME_MAX)
                .maxLength("displayNameEn", displayNameEn, NAME_EN_MAX)
                .maxLength("email", email, EMAIL_MAX)
                .maxLength("phone", phone, PHONE_MAX);
        if (email != null && !email.isBlank() && !checks.hasProblem("email")) {
            checks.check(EMAIL.matcher(email.strip()).matches(), "email", "people.email");
        }
        if (phone != null && !phone.isBlank() && !checks.hasProblem("phone")) {
            checks.check(PHONE.matcher(phone.strip()).matches(), "phone", "people.phone");
        }
    }

    /**
     * Gives back to their candidate groups the tasks this person holds that none of {@code keep}
     * (the groups they still act through) is offered. Answers the task ids.
     */
    private List<String> unclaim(CurrentUser admin, String username, List<String> keep) {
        List<String> returned = new ArrayList<>();
        engineUser.run(admin.username(), () -> {
            for (Task task : tasks.createTaskQuery().taskAssignee(username).list()) {
                boolean stillOffered = tasks.getIdentityLinksForTask(task.getId()).stream()
                        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                        .map(IdentityLink::getGroupId)
                        .anyMatch(keep::contains);
                if (!stillOffered) {
                    tasks.setAssignee(task.getId(), null);
                    returned.add(task.getId());
                }
            }
        });
        return returned;
    }

    private PersonView view(String username) {
        return search.find(username).orElseThrow(ApiException::notFound);
    }

    private void record(CurrentUser actor, String username, String action, Map<String, Object> details) {
        PersonState state = people.state(username).orElseThrow();
        try {
            audit.record(AuditRecord.of(AuditTrail.Subject.PERSON, state.id(), action, actor.username())
                    .withDetails(json.writeValueAsString(details)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void change(Map<String, Object> changes, String field, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("from", from);
            change.put("to", to);
            changes.put(field, change);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
