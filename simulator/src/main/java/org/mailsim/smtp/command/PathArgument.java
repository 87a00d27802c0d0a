package org.mailsim.smtp.command;

import java.util.List;
import java.util.Locale;

import org.mailsim.smtp.SmtpError;

/**
 * The argument of MAIL and RCPT (RFC 5321 §4.1.1.2, §4.1.1.3): {@code FROM:<path> [params]} or
 * {@code TO:<path> [params]}. A space after the colon is tolerated, as most servers do.
 *
 * @param path        what was between the angle brackets (empty for {@code <>})
 * @param parameters  the ESMTP parameters, {@code KEYWORD[=value]} each
 */
record PathArgument(String path, List<String> parameters) {

    PathArgument {
        parameters = List.copyOf(parameters);
    }

    static PathArgument parse(String rest, String keyword, String usage) {
        if (!rest.toUpperCase(Locale.ROOT).startsWith(keyword)) throw SmtpError.syntax(usage);
        String after = rest.substring(keyword.length()).stripLeading();
        int close = after.indexOf('>');
        if (!after.startsWith("<") || close < 0) throw SmtpError.syntax(usage);
        String path = after.substring(1, close);
        String tail = after.substring(close + 1);
        if (!tail.isEmpty() && !tail.startsWith(" ")) throw SmtpError.syntax(usage);
        List<String> parameters = tail.isBlank() ? List.of() : List.of(tail.trim().split(" +"));
        return new PathArgument(path, parameters);
    }
}
