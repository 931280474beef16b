package org.aidflow.directory;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The union directory: public within the program, so anyone signed in may read it. */
@RestController
class DirectoryController {

    private final Directory directory;

    DirectoryController(Directory directory) {
        this.directory = directory;
    }

    @GetMapping("/api/unions")
    List<UnionView> unions() {
        return directory.all().stream()
                .map(u -> new UnionView(u.code(), u.level(), u.parentCode(), u.nameZh(), u.nameEn(),
                        List.copyOf(directory.pairedWith(u.code()))))
                .toList();
    }

    record UnionView(String code, UnionLevel level, String parentCode, String nameZh, String nameEn,
                     List<String> pairedWith) {
    }
}
