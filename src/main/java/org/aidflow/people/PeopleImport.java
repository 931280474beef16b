package org.aidflow.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.aidflow.people.PeopleManagement.PersonInput;
import org.aidflow.people.PeopleSheets.SheetRow;
import org.aidflow.security.CurrentUser;
import org.aidflow.web.ApiException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A sheet of staff taken in: every row goes through the very rules of one person made or changed
 * by hand ({@link PeopleManagement}), a person already known is updated, not made twice, and the
 * answer reports on every row. A sheet with an error imports nothing, unless the administrator
 * asks to keep the good rows; then each good row is imported on its own.
 */
@Service
class PeopleImport {

    enum Outcome { CREATED, UPDATED, UNCHANGED, REFUSED }

    /** One row's fate; a one-time password only for a person made by this import, shown this once. */
    record RowResult(int row, String username, Outcome outcome, String oneTimePassword, List<Map<String, String>> errors) {
    }

    record Report(boolean imported, int created, int updated, int unchanged, int refused, List<RowResult> rows) {
    }

    private final PeopleManagement management;
    private final PeopleSearch search;
    private final MessageSource messages;
    private final TransactionTemplate together;
    private final TransactionTemplate alone;

    PeopleImport(PeopleManagement management, PeopleSearch search, MessageSource messages, PlatformTransactionManager transactions) {
        this.management = management;
        this.search = search;
        this.messages = messages;
        this.together = new TransactionTemplate(transactions);
        this.alone = new TransactionTemplate(transactions);
        this.alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    Report run(CurrentUser admin, List<SheetRow> rows, boolean keepValidRows, Locale locale) {
        if (rows.isEmpty()) {
            throw ApiException.badRequest("file", "people.import.empty");
        }
        Map<String, Integer> firstRow = new HashMap<>();
        List<RowResult> results = new ArrayList<>();
        if (keepValidRows) {
            for (SheetRow row : rows) {
                results.add(repeated(row, firstRow, locale).orElseGet(() -> {
                    try {
                        return alone.execute(status -> apply(admin, row));
                    } catch (ApiException e) {
                        return refused(row, e, locale);
                    }
                }));
            }
            return report(true, results);
        }
        Report report = together.execute(status -> {
            for (SheetRow row : rows) {
                results.add(repeated(row, firstRow, locale).orElseGet(() -> {
                    try {
                        return apply(admin, row);
                    } catch (ApiException e) {
                        return refused(row, e, locale);
                    }
                }));
            }
            boolean clean = results.stream().noneMatch(r -> r.outcome() == Outcome.REFUSED);
            if (!clean) {
                status.setRollbackOnly();
            }
            return report(clean, clean ? results : withoutPasswords(results));
        });
        return Objects.requireNonNull(report);
    }

    private RowResult apply(CurrentUser admin, SheetRow row) {
        PersonInput input = new PersonInput(row.username(), row.displayName(), row.displayNameEn(), row.union(), row.roles(),
                row.email(), row.phone());
        Optional<PersonView> existing = row.username() == null ? Optional.empty() : search.find(row.username());
        if (existing.isEmpty()) {
            PeopleManagement.WithPassword made = management.create(admin, input);
            return new RowResult(row.row(), row.username(), Outcome.CREATED, made.oneTimePassword(), List.of());
        }
        PersonView current = existing.get();
        if (same(current, row)) {
            return new RowResult(row.row(), row.username(), Outcome.UNCHANGED, null, List.of());
        }
        // an empty e-mail, phone or English name in the sheet clears it, as in the form
        PersonInput change = new PersonInput(row.username(), row.displayName(), blank(row.displayNameEn()), row.union(),
                row.roles(), blank(row.email()), blank(row.phone()));
        management.update(admin, current.username(), change);
        return new RowResult(row.row(), row.username(), Outcome.UPDATED, null, List.of());
    }

    private static boolean same(PersonView p, SheetRow row) {
        return Objects.equals(p.union(), row.union()) && Objects.equals(p.displayName(), row.displayName())
                && Objects.equals(p.displayNameEn(), row.displayNameEn()) && Objects.equals(p.email(), row.email())
                && Objects.equals(p.phone(), row.phone())
                && p.roles().stream().sorted().toList().equals(row.roles().stream().distinct().sorted().toList());
    }

    /** A user name that an earlier row of the same sheet already has. */
    private Optional<RowResult> repeated(SheetRow row, Map<String, Integer> firstRow, Locale locale) {
        if (row.username() == null) {
            return Optional.empty();
        }
        Integer first = firstRow.putIfAbsent(row.username().toLowerCase(Locale.ROOT), row.row());
        if (first == null) {
            return Optional.empty();
        }
        return Optional.of(new RowResult(row.row(), row.username(), Outcome.REFUSED, null,
                List.of(Map.of("field", "username", "message", text("people.import.repeated", locale, first)))));
    }

    private RowResult refused(SheetRow row, ApiException e, Locale locale) {
        List<Map<String, String>> errors = e.errors().isEmpty()
                ? List.of(Map.of("field", "username", "message", text(e.messageKey(), locale, e.args())))
                : e.errors().stream().map(p -> Map.of("field", p.field(), "message", text(p.messageKey(), locale, p.args()))).toList();
        return new RowResult(row.row(), row.username(), Outcome.REFUSED, null, errors);
    }

    private static List<RowResult> withoutPasswords(List<RowResult> rows) {
        return rows.stream().map(r -> r.outcome() == Outcome.REFUSED ? r
                : new RowResult(r.row(), r.username(), r.outcome(), null, List.of())).toList();
    }

    private static Report report(boolean imported, List<RowResult> rows) {
        return new Report(imported, count(rows, Outcome.CREATED), count(rows, Outcome.UPDATED), count(rows, Outcome.UNCHANGED),
                count(rows, Outcome.REFUSED), List.copyOf(rows));
    }

    private static int count(List<RowResult> rows, Outcome outcome) {
        return (int) rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
