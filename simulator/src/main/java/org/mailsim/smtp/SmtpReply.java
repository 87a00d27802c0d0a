package org.mailsim.smtp;

import java.util.List;

import org.mailsim.net.Reply;

/**
 * One SMTP reply line (RFC 5321 §4.2): a three-digit code, the enhanced status code of
 * RFC 3463 / RFC 2034 ({@code 5.7.1}; empty for greetings and EHLO lines), and text written by
 * the server.
 */
public record SmtpReply(int code, String enhanced, String text) {

    public SmtpReply {
        if (code < 200 || code > 599) throw new IllegalArgumentException("reply code " + code);
        if (!enhanced.isEmpty() && !enhanced.matches("[245]\\.[0-9]{1,3}\\.[0-9]{1,3}")) {
            throw new IllegalArgumentException("enhanced status code " + enhanced);
        }
        if (!enhanced.isEmpty() && enhanced.charAt(0) != Integer.toString(code).charAt(0)) {
            throw new IllegalArgumentException("RFC 3463 §2: the class must match the reply code");
        }
        if (text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) throw new IllegalArgumentException("CR or LF in reply text");
    }

    public static SmtpReply of(int code, String enhanced, String text) {
        return new SmtpReply(code, enhanced, text);
    }

    /** The line without CR LF: {@code 250 2.1.0 Ok}. */
    public String line() {
        return code + " " + (enhanced.isEmpty() ? "" : enhanced + " ") + text;
    }

    /** This reply, then read the next line. */
    public Reply reply() {
        return Reply.lines(line());
    }

    /** This reply, then close the connection. */
    public Reply closing() {
        return Reply.closing(line());
    }

    /** RFC 5321 §4.2.1: a multi-line reply, every line but the last with a hyphen after the code. */
    public static Reply multiLine(int code, List<String> texts) {
        Reply.Builder reply = Reply.builder();
        for (int i = 0; i < texts.size(); i++) {
            reply.line(code + (i < texts.size() - 1 ? "-" : " ") + texts.get(i));
        }
        return reply.build();
    }
}
