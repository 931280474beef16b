package org.aidflow.people;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.aidflow.audit.AuditChange;
import org.aidflow.audit.AuditTrail;
import org.aidflow.directory.Directory;
import org.aidflow.directory.Pairing;
import org.aidflow.directory.PairingManagement;
import org.aidflow.directory.Round;
import org.aidflow.directory.RoundManagement;
import org.aidflow.directory.Union;
import org.aidflow.directory.UnionLevel;
import org.aidflow.directory.UnionManagement;
import org.aidflow.web.ApiException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The directory as the administrator maintains it: unions, rounds and their pairings, and the
 * history of every change. Administrators only; nothing here shows agreements, projects or money.
 */
@RestController
class DirectoryAdminController {

    private final Directory directory;
    private final UnionManagement unions;
    private final RoundManagement rounds;
    private final PairingManagement pairings;
    private final AuditTrail audit;
    private final ObjectMapper json;

    DirectoryAdminController(Directory directory, UnionManagement unions, RoundManagement rounds,
                             PairingManagement pairings, AuditTrail audit, ObjectMapper json) {
        this.directory = directory;
        this.unions = unions;
        this.rounds = rounds;
        this.pairings = pairings;
        this.audit = audit;
        this.json = json;
    }

    record UnionBody(String code, String level, String parentCode, String nameZh, String nameEn) {
        UnionManagement.UnionFields fields() {
            return new UnionManagement.UnionFields(level, parentCode, nameZh, nameEn);
        }
    }

    record UnionView(String code, UnionLevel level, String parentCode, String nameZh, String nameEn) {
        static UnionView of(Union u) {
            return new UnionView(u.code(), u.level(), u.parentCode(), u.nameZh(), u.nameEn());
        }
    }

    record RoundBody(String code, String nameZh, String nameEn, BigDecimal startYear, BigDecimal endYear,
                     String copyPairingsFrom) {
        RoundManagement.RoundFields fields() {
            return new RoundManagement.RoundFields(nameZh, nameEn, startYear, endYear);
        }
    }

    /** A round; {@code inForce}: its pairings hold this year; {@code closed}: ended before this year, no longer edited. */
    record RoundView(String code, String nameZh, String nameEn, int startYear, int endYear, boolean inForce,
                     boolean closed, int pairingCount,
                     @JsonInclude(JsonInclude.Include.NON_NULL) List<Pairing> pairings) {
    }

    record PairingsBody(List<Pairing> pairings) {
    }

    record PairingsView(String round, List<Pairing> pairings) {
    }

    record CountiesBody(String countiesZh) {
    }

    record ChangeView(long id, String action, String actor, String actorName, Instant at, JsonNode details) {
    }

    // --- unions -------------------------------------------------------------------------------

    @PostMapping(path = "/api/admin/unions", consumes = "application/json")
    ResponseEntity<UnionView> createUnion(@RequestBody(required = false) UnionBody body) {
        String admin = admin();
        Union created = unions.create(admin, required(body).code(), body.fields());
        return ResponseEntity.created(URI.create("/api/admin/unions/" + created.code())).body(UnionView.of(created));
    }

    @PutMapping(path = "/api/admin/unions/{code}", consumes = "application/json")
    UnionView updateUnion(@PathVariable String code, @RequestBody(required = false) UnionBody body) {
        String admin = admin();
        return UnionView.of(unions.update(admin, code, required(body).code(), body.fields()));
    }

    @GetMapping("/api/admin/unions/{code}/history")
    List<ChangeView> unionHistory(@PathVariable String code) {
        admin();
        directory.find(code).orElseThrow(ApiException::notFound);
        return history(AuditTrail.Subject.UNION, unions.idOf(code));
    }

    // --- rounds -------------------------------------------------------------------------------

    @GetMapping("/api/admin/rounds")
    List<RoundView> listRounds() {
        admin();
        return directory.rounds().stream().map(r -> view(r, false)).toList();
    }

    @PostMapping(path = "/api/admin/rounds", consumes = "application/json")
    ResponseEntity<RoundView> createRound(@RequestBody(required = false) RoundBody body) {
        String admin = admin();
        Round created = rounds.create(admin, required(body).code(), body.fields(), body.copyPairingsFrom());
        return ResponseEntity.created(URI.create("/api/admin/rounds/" + created.code())).body(view(created, true));
    }

    @GetMapping("/api/admin/rounds/{code}")
    RoundView showRound(@PathVariable String code) {
        admin();
        return view(directory.round(code).orElseThrow(ApiException::notFound), true);
    }

    @PutMapping(path = "/api/admin/rounds/{code}", consumes = "application/json")
    RoundView updateRound(@PathVariable String code, @RequestBody(required = false) RoundBody body) {
        String admin = admin();
        required(body);
        if (body.copyPairingsFrom() != null) {
            throw ApiException.badRequest("copyPairingsFrom", "round.copyOnlyOnCreate");
        }
        return view(rounds.update(admin, code, body.code(), body.fields()), true);
    }

    @DeleteMapping("/api/admin/rounds/{code}")
    ResponseEntity<Void> deleteRound(@PathVariable String code) {
        rounds.delete(admin(), code);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/admin/rounds/{code}/history")
    List<ChangeView> roundHistory(@PathVariable String code) {
        admin();
        directory.round(code).orElseThrow(ApiException::notFound);
        return history(AuditTrail.Subject.ROUND, rounds.idOf(code));
    }

    // --- pairings of a round ------------------------------------------------------------------

    @GetMapping("/api/admin/rounds/{code}/pairings")
    PairingsView listPairings(@PathVariable String code) {
        admin();
        Round round = directory.round(code).orElseThrow(ApiException::notFound);
        return new PairingsView(round.code(), pairingsOf(round));
    }

    @PutMapping(path = "/api/admin/rounds/{code}/pairings", consumes = "application/json")
    PairingsView replacePairings(@PathVariable String code, @RequestBody(required = false) PairingsBody body) {
        String admin = admin();
        pairings.replace(admin, code, required(body).pairings());
        return new PairingsView(code, pairingsOf(directory.round(code).orElseThrow()));
    }

    @PostMapping(path = "/api/admin/rounds/{code}/pairings", consumes = "application/json")
    ResponseEntity<Pairing> addPairing(@PathVariable String code, @RequestBody(required = false) Pairing body) {
        String admin = admin();
        Pairing added = pairings.add(admin, code, required(body));
        return ResponseEntity.created(URI.create("/api/admin/rounds/" + code + "/pairings/" + added.donorCode() + "/"
                + added.recipientCode())).body(added);
    }

    @PutMapping(path = "/api/admin/rounds/{code}/pairings/{donor}/{recipient}", consumes = "application/json")
    Pairing changePairing(@PathVariable String code, @PathVariable String donor, @PathVariable String recipient,
                          @RequestBody(required = false) CountiesBody body) {
        String admin = admin();
        return pairings.changeCounties(admin, code, donor, recipient, required(body).countiesZh());
    }

    @DeleteMapping("/api/admin/rounds/{code}/pairings/{donor}/{recipient}")
    ResponseEntity<Void> removePairing(@PathVariable String code, @PathVariable String donor, @PathVariable String recipient) {
        pairings.remove(admin(), code, donor, recipient);
        return ResponseEntity.noContent().build();
    }

    // ------------------------------------------------------------------------------------------

    /** The signed-in administrator's username, the actor of the change; 403 for anyone else. */
    private static String admin() {
        return PeopleController.admin().username();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw ApiException.badRequest("body", "field.required");
        }
        return body;
    }

    private RoundView view(Round r, boolean withPairings) {
        int year = Directory.currentYear();
        boolean inForce = directory.roundInForce(year).map(f -> f.code().equals(r.code())).orElse(false);
        List<Pairing> list = pairingsOf(r);
        return new RoundView(r.code(), r.nameZh(), r.nameEn(), r.startYear(), r.endYear(), inForce, r.closedIn(year),
                list.size(), withPairings ? list : null);
    }

    /** The seed keeps "no counties" as an empty text; the API says null. */
    private List<Pairing> pairingsOf(Round round) {
        return directory.pairings(round.code()).stream()
                .map(p -> new Pairing(p.donorCode(), p.recipientCode(),
                        p.countiesZh() == null || p.countiesZh().isBlank() ? null : p.countiesZh()))
                .toList();
    }

    private List<ChangeView> history(AuditTrail.Subject subject, long id) {
        return audit.changes(subject, id).stream().map(this::view).toList();
    }

    private ChangeView view(AuditChange c) {
        JsonNode details;
        try {
            details = c.details() == null ? null : json.readTree(c.details());
        } catch (JsonProcessingException e) {
            details = json.getNodeFactory().textNode(c.details());
        }
        return new ChangeView(c.id(), c.action(), c.actor(), c.actorName(), c.at(), details);
    }
}
