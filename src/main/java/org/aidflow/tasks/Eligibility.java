package org.aidflow.tasks;

import java.util.Objects;

import org.aidflow.directory.Directory;
import org.aidflow.directory.People;
import org.aidflow.directory.Person;
import org.aidflow.directory.Union;
import org.aidflow.security.CurrentUser;
import org.aidflow.web.ApiException;
import org.springframework.stereotype.Component;

/**
 * Who a holder may add as a signer (加签) or entrust a task to (委派): an enabled person of the holder's own union or
 * of the union directly above it, other than the holder and not only an auditor (auditors change nothing). Anyone else is refused as invalid input (400), whether or
 * not they exist, so that the check reveals no more than the colleagues' list does.
 */
@Component
class Eligibility {

    private final People people;
    private final Directory directory;

    Eligibility(People people, Directory directory) {
        this.people = people;
        this.directory = directory;
    }

    Person require(CurrentUser holder, String field, String username) {
        if (username == null || username.isBlank()) {
            throw ApiException.badRequest(field, "field.required");
        }
        if (username.equals(holder.username())) {
            throw ApiException.badRequest(field, "task.delegateToSelf");
        }
        if (username.length() > 64 || !people.isActive(username)) {
            throw ApiException.badRequest(field, "signers.notEligible");
        }
        Person person = people.find(username).orElseThrow(() -> ApiException.badRequest(field, "signers.notEligible"));
        if (person.roles().isEmpty() || person.roles().stream().allMatch("auditor"::equals)) {
            throw ApiException.badRequest(field, "signers.notEligible"); // auditors change nothing, so they sign nothing
        }
        String own = holder.unionCode();
        String above = own == null ? null : directory.find(own).map(Union::parentCode).orElse(null);
        if (person.unionCode() == null || !(person.unionCode().equals(own) || Objects.equals(person.unionCode(), above))) {
            throw ApiException.badRequest(field, "signers.notEligible");
        }
        return person;
    }
}
