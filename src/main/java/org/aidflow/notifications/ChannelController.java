package org.aidflow.notifications;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.aidflow.security.CurrentUser;
import org.aidflow.security.CurrentUsers;
import org.aidflow.web.ApiException;
import org.aidflow.web.Checks;
import org.aidflow.web.InputRules;
import org.aidflow.web.PageResult.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Each person chooses how AidFlow reaches them outside the app (GET/PUT /api/me/channels): their own settings
 * only, never anybody else's. The answer also names the channels this deployment offers ({@code available}).
 * Administrators see the outbox, such as the messages that failed for good (GET /api/admin/outbox?status=FAILED).
 */
@RestController
class ChannelController {

    /** The body of PUT /api/me/channels. */
    record ChannelsInput(String email, String phone, List<String> channels, Integer digestHour, String language) {
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{4,30}");

    private final PersonChannels channels;
    private final Outbox outbox;

    ChannelController(PersonChannels channels, Outbox outbox) {
        this.channels = channels;
        this.outbox = outbox;
    }

    @GetMapping("/api/me/channels")
    Map<String, Object> get() {
        return view(channels.get(CurrentUsers.get().username()));
    }

    @PutMapping(path = "/api/me/channels", consumes = "application/json")
    Map<String, Object> put(@RequestBody(required = false) ChannelsInput body) {
        CurrentUser user = CurrentUsers.get();
        ChannelsInput in = body == null ? new ChannelsInput(null, null, null, null, null) : body;
        String email = blankToNull(in.email());
        String phone = blankToNull(in.phone());
        List<Channel> chosen = new ArrayList<>();
        Checks checks = new Checks();
        String emailShape = InputRules.text(email);
        String phoneShape = InputRules.text(phone);
        checks.check(emailShape == null, "email", emailShape)
                .maxLength("email", email, 254)
                .check(email == null || EMAIL.matcher(email).matches(), "email", "channels.email.invalid")
                .check(phoneShape == null, "phone", phoneShape)
                .check(phone == null || PHONE.matcher(phone).matches(), "phone", "channels.phone.invalid")
                .check(in.digestHour() == null || (in.digestHour() >= 0 && in.digestHour() <= 23), "digestHour",
                        "channels.digestHour.invalid")
                .check(in.language() == null || in.language().equals("zh") || in.language().equals("en"), "language",
                        "channels.language.invalid");
        List<String> names = in.channels() == null ? List.of() : in.channels();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Channel channel = name == null ? null : java.util.Arrays.stream(Channel.values())
                    .filter(c -> c.name().equals(name)).findFirst().orElse(null);
            if (channel == null) {
                checks.add("channels[" + i + "]", "channels.unknown");
            } else if (!chosen.contains(channel)) {
                chosen.add(channel);
            }
        }
        checks.check(!chosen.contains(Channel.EMAIL) || email != null || checks.hasProblem("email"), "email",
                "channels.email.required");
        checks.throwIfAny();
        ChannelSettings settings = new ChannelSettings(email, phone, List.copyOf(chosen), in.digestHour(),
                in.language() == null ? "zh" : in.language());
        channels.save(user.username(), settings);
        return view(settings);
    }

    @GetMapping("/api/admin/outbox")
    Outbox.Page outbox(@RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
                       @RequestParam(required = false) Integer size) {
        if (!CurrentUsers.get().isAdmin()) {
            throw ApiException.forbidden();
        }
        if (status != null && !List.of(Outbox.PENDING, Outbox.SENT, Outbox.FAILED).contains(status)) {
            throw ApiException.badRequest("status", "outbox.status.invalid");
        }
        return outbox.list(status, Paging.of(page, size));
    }

    private Map<String, Object> view(ChannelSettings s) {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("email", s.email());
        body.put("phone", s.phone());
        body.put("channels", s.channels());
        body.put("digestHour", s.digestHour());
        body.put("language", s.language());
        body.put("available", new LinkedHashSet<>(outbox.enabled()));
        return body;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
