package org.aidflow.project;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Reads the routing table's sign mode for aid-project's multi-instance region approval, as
 * {@code ${approvalSigners...}}: the table names the roles as text ("leader,finance") so that the process keeps
 * only strings, and this turns them into the instances (会签 ALL: one per role; 或签 ANY: one for all the roles)
 * and each instance's candidate groups in the region's union.
 */
@Component("approvalSigners")
public class ApprovalSigners {

    static final String ALL = "ALL";

    /** One element per instance: each element is the comma-separated roles that instance is offered to. */
    public List<String> signers(String signMode, String signGroups) {
        List<String> roles = roles(signGroups);
        if (roles.isEmpty()) {
            return List.of("leader");
        }
        return ALL.equals(signMode) ? roles : List.of(String.join(",", roles));
    }

    /** The candidate groups of one instance: {@code XJ:leader}, ...; none for an instance added for one person. */
    public List<String> candidates(String union, String signerRoles) {
        List<String> groups = new ArrayList<>();
        for (String role : roles(signerRoles)) {
            groups.add(union + ":" + role);
        }
        return groups;
    }

    private static List<String> roles(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(r -> !r.isEmpty()).toList();
    }
}
