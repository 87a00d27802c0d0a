package org.mailsim.imap.search;

import java.util.ArrayList;
import java.util.List;

import org.mailsim.imap.parse.ImapDates;
import org.mailsim.imap.parse.ImapReader;
import org.mailsim.imap.parse.ParseException;
import org.mailsim.store.SystemFlag;

/**
 * Reads SEARCH criteria (RFC 3501 §6.4.4, §9 "search-key"). Keys separated by SP all apply;
 * OR takes two keys, NOT one, and a parenthesized list groups keys.
 */
public final class SearchParser {
    private static final int MAX_DEPTH = 32; // nested NOT / OR / ( ) beyond this is an attack, not a search

    private SearchParser() { }

    /** One or more keys up to the end of the command, as one key. */
    public static SearchKey parseAll(ImapReader args) {
        List<SearchKey> keys = new ArrayList<>();
        do {
            keys.add(key(args, 0));
        } while (args.trySp());
        args.end();
        return keys.size() == 1 ? keys.getFirst() : new SearchKey.And(keys);
    }

    static SearchKey key(ImapReader args, int depth) {
        if (depth > MAX_DEPTH) throw new ParseException("Search criteria nested too deeply");
        if (args.tryChar('(')) {
            List<SearchKey> keys = new ArrayList<>();
            do {
                keys.add(key(args, depth + 1));
            } while (args.trySp());
            args.expect(')');
            return new SearchKey.And(keys);
        }
        char c = args.peek();
        if (c == '*' || (c >= '0' && c <= '9')) return new SearchKey.Messages(args.sequenceSet(), false);
        String name = args.keyword();
        return switch (name) {
            case "ALL" -> new SearchKey.All();
            case "ANSWERED" -> new SearchKey.Flag(SystemFlag.ANSWERED, true);
            case "DELETED" -> new SearchKey.Flag(SystemFlag.DELETED, true);
            case "DRAFT" -> new SearchKey.Flag(SystemFlag.DRAFT, true);
            case "FLAGGED" -> new SearchKey.Flag(SystemFlag.FLAGGED, true);
            case "SEEN" -> new SearchKey.Flag(SystemFlag.SEEN, true);
            case "UNANSWERED" -> new SearchKey.Flag(SystemFlag.ANSWERED, false);
            case "UNDELETED" -> new SearchKey.Flag(SystemFlag.DELETED, false);
            case "UNDRAFT" -> new SearchKey.Flag(SystemFlag.DRAFT, false);
            case "UNFLAGGED" -> new SearchKey.Flag(SystemFlag.FLAGGED, false);
            case "UNSEEN" -> new SearchKey.Flag(SystemFlag.SEEN, false);
            case "KEYWORD" -> new SearchKey.Keyword(argument(args, true), true);
            case "UNKEYWORD" -> new SearchKey.Keyword(argument(args, true), false);
            case "RECENT" -> new SearchKey.Recent(true);
            case "OLD" -> new SearchKey.Recent(false);
            // RFC 3501 §6.4.4: NEW is "equivalent to (RECENT UNSEEN)".
            case "NEW" -> new SearchKey.And(List.of(new SearchKey.Recent(true), new SearchKey.Flag(SystemFlag.SEEN, false)));
            case "BEFORE" -> date(args, SearchKey.Comparison.BEFORE, false);
            case "ON" -> date(args, SearchKey.Comparison.ON, false);
            case "SINCE" -> date(args, SearchKey.Comparison.SINCE, false);
            case "SENTBEFORE" -> date(args, SearchKey.Comparison.BEFORE, true);
            case "SENTON" -> date(args, SearchKey.Comparison.ON, true);
            case "SENTSINCE" -> date(args, SearchKey.Comparison.SINCE, true);
            case "FROM", "TO", "CC", "BCC" -> new SearchKey.Address(name, argument(args, false));
            case "SUBJECT" -> new SearchKey.Header(name, argument(args, false));
            case "HEADER" -> {
                String field = argument(args, false);
                yield new SearchKey.Header(field, argument(args, false));
            }
            case "BODY" -> new SearchKey.Contains(argument(args, false), false);
            case "TEXT" -> new SearchKey.Contains(argument(args, false), true);
            case "LARGER" -> new SearchKey.Size(number(args), true);
            case "SMALLER" -> new SearchKey.Size(number(args), false);
            case "UID" -> {
                args.sp();
                yield new SearchKey.Messages(args.sequenceSet(), true);
            }
            case "NOT" -> {
                args.sp();
                yield new SearchKey.Not(key(args, depth + 1));
            }
            case "OR" -> {
                args.sp();
                SearchKey left = key(args, depth + 1);
                args.sp();
                yield new SearchKey.Or(left, key(args, depth + 1));
            }
            default -> throw new ParseException("Unknown search criterion");
        };
    }

    private static String argument(ImapReader args, boolean atom) {
        args.sp();
        return atom ? args.atom() : args.astring();
    }

    private static long number(ImapReader args) {
        args.sp();
        return args.number();
    }

    private static SearchKey date(ImapReader args, SearchKey.Comparison comparison, boolean sent) {
        args.sp();
        return new SearchKey.Date(comparison, ImapDates.parseDate(args.astring()), sent);
    }
}
