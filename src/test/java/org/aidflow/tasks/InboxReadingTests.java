package org.aidflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.aidflow.ApiTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The unfiltered inbox reads a large group's first pages in creation order (Inbox.DENSE); here that way
 * is switched on for every user and must give exactly the pages, order and totals the join gives.
 */
class InboxReadingTests extends ApiTests {

    @Autowired
    Inbox inbox;

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void readsTheSamePagesInCreationOrderAsByJoining() {
        for (int i = 0; i < 5; i++) {
            draftAgreement("BJ", "XJ-HT", 10000 + i);
        }
        String claimed = as("xj-ht.leader").get("/api/tasks?size=1").json().path("items").get(0).path("id").asText();
        assertThat(as("xj-ht.leader").post("/api/tasks/" + claimed + "/claim", Map.of()).status()).isEqualTo(204);

        List<String> joined = pages("xj-ht.leader");
        List<String> joinedRegion = pages("xj.leader");
        try {
            inbox.denseThreshold(1);
            assertThat(pages("xj-ht.leader")).isEqualTo(joined);
            assertThat(pages("xj.leader")).isEqualTo(joinedRegion);
        } finally {
            inbox.denseThreshold(Inbox.DENSE);
        }
        assertThat(joined).hasSizeGreaterThanOrEqualTo(5 + 1).contains(claimed);
    }

    @Test
    void hasItsIndexOnCamundasIdentityLinksOnThisDatabase() throws Exception {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            assertThat(InboxIndex.exists(connection)).as(InboxIndex.NAME).isTrue();
        }
        // made once: a second start (or a second node) finds it and leaves it
        InboxIndex.ensure(dataSource);
        try (java.sql.Connection connection = dataSource.getConnection()) {
            assertThat(InboxIndex.exists(connection)).isTrue();
        }
    }

    /** Every page of three tasks (ids in order) and, first, the total as each page tells it. */
    private List<String> pages(String user) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode body = as(user).get("/api/tasks?size=3&page=" + page).json();
            ids.add("total " + body.path("total").asLong());
            if (body.path("items").isEmpty()) {
                return ids;
            }
            body.path("items").forEach(t -> ids.add(t.path("id").asText()));
        }
    }
}
