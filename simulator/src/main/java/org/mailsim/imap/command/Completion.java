package org.mailsim.imap.command;

import java.util.Objects;

import org.mailsim.net.Reply;

/**
 * The tagged status response that ends a command (RFC 3501 §7.1): {@code OK}, {@code NO} or
 * {@code BAD}, an optional response code (§7.1, RFC 5530) and human-readable text, plus what
 * the transport does next (read on, start TLS, close).
 *
 * @param code  the response code without brackets ("READ-WRITE", "APPENDUID 1 4"), or null
 * @param text  fixed text; never client input
 */
public record Completion(Status status, String code, String text, Reply.Next next) implements Outcome {

    public enum Status { OK, NO, BAD }

    public Completion {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(next, "next");
    }

    public static Completion ok(String text) {
        return new Completion(Status.OK, null, text, Reply.Next.READ_LINE);
    }

    public static Completion ok(String code, String text) {
        return new Completion(Status.OK, code, text, Reply.Next.READ_LINE);
    }

    public static Completion no(String code, String text) {
        return new Completion(Status.NO, code, text, Reply.Next.READ_LINE);
    }

    public static Completion bad(String text) {
        return new Completion(Status.BAD, null, text, Reply.Next.READ_LINE);
    }

    public static Completion bad(String code, String text) {
        return new Completion(Status.BAD, code, text, Reply.Next.READ_LINE);
    }

    public Completion then(Reply.Next after) {
        return new Completion(status, code, text, after);
    }

    /** {@code a1 OK [READ-WRITE] Select completed}. */
    public String render(String tag) {
        return tag + " " + status + (code == null ? "" : " [" + code + "]") + " " + text;
    }
}
