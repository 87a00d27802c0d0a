package org.mailsim.scenario.device.imap;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The server's capability list as the app last heard it (RFC 3501 §7.2.1), upper-cased. */
record Capabilities(Set<String> names) {
    static final Capabilities NONE = new Capabilities(Set.of());

    Capabilities {
        names = Set.copyOf(names);
    }

    /** From "IMAP4rev1 STARTTLS LOGINDISABLED" (a CAPABILITY response or a [CAPABILITY …] code). */
    static Capabilities parse(String list) {
        return new Capabilities(Arrays.stream(list.trim().split(" +")).filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(Locale.ROOT)).collect(Collectors.toSet()));
    }

    /** From a completion: the untagged CAPABILITY, else a [CAPABILITY …] response code, else none. */
    static Optional<Capabilities> from(Completion completion) {
        List<ImapResponse> data = completion.data("CAPABILITY");
        if (!data.isEmpty()) return Optional.of(parse(data.getFirst().text().substring("CAPABILITY".length())));
        return fromCode(completion.tagged());
    }

    static Optional<Capabilities> fromCode(ImapResponse response) {
        if (!response.codeName().equals("CAPABILITY")) return Optional.empty();
        return Optional.of(parse(response.code().substring("CAPABILITY".length())));
    }

    boolean has(String name) {
        return names.contains(name.toUpperCase(Locale.ROOT));
    }
}
