package org.aidflow.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.aidflow.directory.Directory;
import org.aidflow.directory.People;
import org.aidflow.directory.PersonState;
import org.aidflow.directory.Union;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I: name, union and roles, shown on every page. */
@RestController
class MeController {

    private static final Map<String, String> ROLES_EN = Map.of("proposer", "Proposer", "leader", "Leader",
            "finance", "Finance", "auditor", "Auditor", "officer", "Officer", "inspector", "Inspector",
            "admin", "Administrator");

    private final Directory directory;
    private final People people;

    MeController(Directory directory, People people) {
        this.directory = directory;
        this.people = people;
    }

    @GetMapping("/api/me")
    Map<String, Object> me() {
        return view(CurrentUsers.get());
    }

    Map<String, Object> view(CurrentUser user) {
        Union union = directory.find(user.unionCode()).orElse(null);
        var body = new LinkedHashMap<String, Object>();
        body.put("username", user.username());
        body.put("displayName", user.displayName());
        body.put("displayNameEn", englishName(user, union));
        body.put("union", union == null ? null
                : Map.of("code", union.code(), "nameZh", union.nameZh(), "nameEn", union.nameEn(), "level", union.level()));
        body.put("roles", user.roles());
        body.put("groups", List.copyOf(user.groups()));
        // until it is false, the person may do nothing but choose their own password (PersonCheck)
        body.put("passwordChangeRequired", people.state(user.username()).map(PersonState::passwordChangeRequired).orElse(false));
        return body;
    }

    /**
     * A name for the English UI. People named after their post ("北京市总工会 负责人", as the demo
     * users are) get the union's English name and the role in English; a personal name stays as it is.
     */
    static String englishName(CurrentUser user, Union union) {
        String roles = user.roles().stream().map(r -> ROLES_EN.getOrDefault(r, r)).collect(Collectors.joining(", "));
        if (union == null) {
            return user.isAdmin() ? ROLES_EN.get("admin") : user.displayName();
        }
        String name = user.displayName() == null ? "" : user.displayName();
        return name.isBlank() || name.startsWith(union.nameZh()) ? union.nameEn() + " " + roles : name;
    }
}
