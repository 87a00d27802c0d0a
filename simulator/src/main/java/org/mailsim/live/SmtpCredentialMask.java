package org.mailsim.live;

import java.util.Optional;

/**
 * SMTP's secrets: every client response of an {@code AUTH} exchange (RFC 4954 §4), the initial
 * response included, while the server answers {@code 334}; any other reply ends the exchange,
 * {@code 235} with the user logged in. The message itself, sent after {@code 354} up to the lone
 * {@code .} (RFC 5321 §4.1.1.4), is never taken for a command, even a line in it that starts with
 * {@code AUTH}.
 */
final class SmtpCredentialMask implements CredentialMask {
    private SaslExchange sasl;
    private boolean inData;
    private String account;

    @Override
    public String clientLine(String line) {
        if (inData) {
            inData = !line.equals(".");
            return line;
        }
        if (sasl != null) return sasl.response(line);
        String[] words = line.split(" ", 3);
        if (!words[0].equalsIgnoreCase("AUTH") || words.length < 2) return line;
        sasl = new SaslExchange(words[1]);
        if (words.length == 2) return line;
        return words[0] + " " + words[1] + " " + sasl.response(words[2]);
    }

    @Override
    public void serverLine(String line) {
        if (line.length() < 3) return;
        boolean last = line.length() == 3 || line.charAt(3) != '-'; // RFC 5321 §4.2.1: "250-" goes on, "250 " ends
        if (!last) return;
        String code = line.substring(0, 3);
        if (code.equals("354")) inData = true;
        if (sasl == null || code.equals("334")) return;
        if (code.equals("235")) account = sasl.user().orElse(null);
        sasl = null;
    }

    @Override
    public Optional<String> account() {
        return Optional.ofNullable(account);
    }
}
