package org.mailsim.imap.command;

import org.mailsim.imap.parse.ImapReader;

/**
 * One IMAP command in two steps, as STYLE §2 asks: {@link #parse} reads the arguments by the
 * RFC 3501 §9 grammar into an immutable request record (a syntax error is a
 * {@link org.mailsim.imap.parse.ParseException}, answered BAD), then {@link #execute} carries
 * it out, writes untagged responses to {@code out} and returns the tagged completion. Neither
 * step sees a stream or writes the tag (STYLE §3).
 *
 * @param <R> the parsed command: a record with the command's arguments
 */
public interface ImapCommand<R> {

    /** Reads the arguments, positioned just after the command name, up to the end of the command. */
    R parse(ImapReader args);

    /** Carries out a parsed command; failures are thrown as {@link ImapException}. */
    Outcome execute(R request, ImapContext session, Responses out);

    /** The request of a command that takes no arguments. */
    record NoArguments() {
        private static final NoArguments NONE = new NoArguments();

        /** Checks that nothing follows the command name. */
        public static NoArguments read(ImapReader args) {
            args.end();
            return NONE;
        }
    }

    /** A command with its parsed request, ready to run. */
    record Parsed<R>(ImapCommand<R> command, R request) {
        public static <R> Parsed<R> of(ImapCommand<R> command, ImapReader args) {
            return new Parsed<>(command, command.parse(args));
        }

        public Outcome execute(ImapContext session, Responses out) {
            return command.execute(request, session, out);
        }
    }
}
