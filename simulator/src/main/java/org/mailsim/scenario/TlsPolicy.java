package org.mailsim.scenario;

/**
 * What a device does about STARTTLS (RFC 8314 §5.2 "minimum confidentiality level"):
 * {@code REQUIRE} stops when the server does not offer it; {@code IF_AVAILABLE} goes on in
 * cleartext, which is what the STARTTLS-stripping attacker exploits.
 */
public enum TlsPolicy { REQUIRE, IF_AVAILABLE }
