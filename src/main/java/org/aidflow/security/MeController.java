package org.aidflow.security;

import java.util.List;
import java.util.Map;

import org.aidflow.directory.Directory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I: name, union and roles, shown on every page. */
@RestController
class MeController {

    private final Directory directory;

    MeController(Directory directory) {
        this.directory = directory;
    }

    @GetMapping("/api/me")
    Map<String, Object> me() {
        return view(CurrentUsers.get());
    }

    Map<String, Object> view(CurrentUser user) {
        Object union = directory.find(user.unionCode())
                .map(u -> (Object) Map.of("code", u.code(), "nameZh", u.nameZh(), "nameEn", u.nameEn(), "level", u.level()))
                .orElse(null);
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("username", user.username());
        body.put("displayName", user.displayName());
        body.put("union", union);
        body.put("roles", user.roles());
        body.put("groups", List.copyOf(user.groups()));
        return body;
    }
}
