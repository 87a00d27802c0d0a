package org.mailsim.scenario.device;
/** Sends a message over SMTP as the device's outgoing settings say; returns the notices and, if it was accepted, the RFC 5322 bytes sent. */
public interface Sender {
    record Result(java.util.List<String> notices, java.util.Optional<byte[]> sent) { }
    Result send(AppContext context, String to, String subject, String body);
}
