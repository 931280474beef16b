package org.aidflow.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each person's channel settings (table person_channel); somebody without a row is reached inside AidFlow only. */
@Repository
class PersonChannels {

    /** A person with settings who is not disabled. */
    record Reachable(String username, ChannelSettings settings) {
    }

    private static final String COLUMNS = "c.username, c.email, c.phone, c.channels, c.digest_hour, c.language";

    private final JdbcClient jdbc;

    PersonChannels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ChannelSettings get(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM person_channel c WHERE c.username = ?").param(username)
                .query((rs, n) -> read(rs)).optional().map(Reachable::settings).orElse(ChannelSettings.none());
    }

    void save(String username, ChannelSettings s) {
        Object[] values = {s.email(), s.phone(), s.channels().stream().map(Enum::name).collect(Collectors.joining(",")),
            s.digestHour(), s.language(), Timestamp.from(Instant.now()), username};
        if (jdbc.sql("UPDATE person_channel SET email = ?, phone = ?, channels = ?, digest_hour = ?, language = ?, "
                + "updated_at = ? WHERE username = ?").params(values).update() == 0) {
            jdbc.sql("INSERT INTO person_channel (email, phone, channels, digest_hour, language, updated_at, username) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)").params(values).update();
        }
    }

    /** The person, or the active members of the group, who chose at least one channel. */
    List<Reachable> reachable(String user, String group) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM person_channel c JOIN person p ON p.username = c.username "
                        + "WHERE p.disabled = FALSE AND c.channels <> '' AND (c.username = ? OR c.username IN "
                        + "(SELECT m.USER_ID_ FROM ACT_ID_MEMBERSHIP m WHERE m.GROUP_ID_ = ?)) ORDER BY c.username")
                .params(user == null ? "-" : user, group == null ? "-" : group)
                .query((rs, n) -> read(rs)).list();
    }

    /** Everyone who asked for a digest at this hour. */
    List<Reachable> digestAt(int hour) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM person_channel c JOIN person p ON p.username = c.username "
                        + "WHERE p.disabled = FALSE AND c.digest_hour = ? AND c.channels <> '' ORDER BY c.username")
                .param(hour).query((rs, n) -> read(rs)).list();
    }

    private static Reachable read(java.sql.ResultSet rs) throws java.sql.SQLException {
        String channels = rs.getString(4);
        List<Channel> list = channels == null || channels.isBlank() ? List.of()
                : Arrays.stream(channels.split(",")).map(Channel::valueOf).toList();
        int hour = rs.getInt(5);
        return new Reachable(rs.getString(1), new ChannelSettings(rs.getString(2), rs.getString(3), list,
                rs.wasNull() ? null : hour, rs.getString(6)));
    }
}
