package org.aidflow.disclosure;

import java.util.LinkedHashMap;
import java.util.Map;

import org.aidflow.directory.Directory;
import org.aidflow.web.Checks;
import org.aidflow.web.PageResult;
import org.aidflow.web.PageResult.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The public page and its data, for anyone, without sign-in; {@link DisclosureGate} hides both while it is off. */
@Controller
class PublicProjectController {

    private final PublicProjects projects;
    private final Directory directory;

    PublicProjectController(PublicProjects projects, Directory directory) {
        this.projects = projects;
        this.directory = directory;
    }

    @GetMapping({"/public", "/public/"})
    String page() {
        return "forward:/public/index.html";
    }

    @GetMapping("/public/api/projects")
    @ResponseBody
    PageResult<Map<String, Object>> list(@RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        return projects.page(Paging.of(page, size)).map(this::view);
    }

    private Map<String, Object> view(PublicProjects.Row row) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", row.code());
        view.put("title", row.title());
        view.put("donor", union(row.donor()));
        view.put("recipient", union(row.recipient()));
        view.put("type", row.type());
        view.put("typeGroup", row.typeGroup());
        view.put("budget", Checks.money(row.budget()));
        view.put("status", row.status());
        return view;
    }

    private Map<String, String> union(String code) {
        return directory.find(code)
                .map(u -> Map.of("code", code, "nameZh", u.nameZh(), "nameEn", u.nameEn()))
                .orElse(Map.of("code", code));
    }
}
