package org.aidflow.notifications;

import java.util.List;

/**
 * How one person wants to be reached: their e-mail address and mobile number (mentioned in the robots'
 * messages), the channels they chose, the hour (0-23, Beijing time) of their daily digest or null for
 * none, and the language of what they receive ("zh" or "en").
 */
public record ChannelSettings(String email, String phone, List<Channel> channels, Integer digestHour, String language) {

    static ChannelSettings none() {
        return new ChannelSettings(null, null, List.of(), null, "zh");
    }
}
