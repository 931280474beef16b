package org.aidflow.directory;

import java.util.List;

import org.aidflow.web.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The union directory: public within the program, so anyone signed in may read it. */
@RestController
class DirectoryController {

    private final Directory directory;

    DirectoryController(Directory directory) {
        this.directory = directory;
    }

    /** {@code pairedWith} in the round in force this year, or in the round asked for. */
    @GetMapping("/api/unions")
    List<UnionView> unions(@RequestParam(required = false) String round) {
        Round pairingRound = round == null || round.isBlank() ? directory.currentRound().orElse(null)
                : directory.round(round).orElseThrow(() -> ApiException.badRequest("round", "round.unknown"));
        return directory.all().stream()
                .map(u -> new UnionView(u.code(), u.level(), u.parentCode(), u.nameZh(), u.nameEn(),
                        pairingRound == null ? List.of() : List.copyOf(directory.pairedWith(u.code(), pairingRound))))
                .toList();
    }

    record UnionView(String code, UnionLevel level, String parentCode, String nameZh, String nameEn,
                     List<String> pairedWith) {
    }
}
