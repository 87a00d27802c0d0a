package org.mailsim.scenario.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mailsim.net.TlsFailureKind;
import org.mailsim.scenario.ScenarioCatalog;
import org.mailsim.scenario.ScenarioRunner;

/**
 * The scenarios where a handshake fails name it as /live and the lab do: replayed over real TLS on
 * the virtual network, the server's close reason and the app's notice each carry a
 * {@link TlsFailureKind}, read from what really happened (the client's alert, the JDK's exception).
 */
class TlsFailuresSeenTest {
    private static Timeline untrusted;
    private static Timeline wrongPort;

    @BeforeAll
    static void replay() {
        ScenarioCatalog catalog = ScenarioCatalog.load(Optional.empty());
        untrusted = ScenarioRunner.run(catalog.find("untrusted-certificate").orElseThrow());
        wrongPort = ScenarioRunner.run(catalog.find("wrong-port-and-security").orElseThrow());
    }

    @Test
    void anUntrustedCertificateIsRefusedWithAnAlertAndTheAppSaysWhy() {
        List<TlsFailuresSeen.Seen> seen = TlsFailuresSeen.in(untrusted.steps().get(1));
        assertThat(seen).extracting(TlsFailuresSeen.Seen::side, TlsFailuresSeen.Seen::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("the server (connection c1)", TlsFailureKind.CERTIFICATE_REFUSED),
                org.assertj.core.groups.Tuple.tuple("the laptop's app", TlsFailureKind.UNTRUSTED_CERTIFICATE));
        // The JDK client's real alert, decrypted by the server (RFC 8446 §6.2).
        assertThat(seen.get(0).words()).contains("TLS alert certificate_unknown");
        assertThat(seen.get(1).words()).startsWith("TLS handshake failed: certificate not trusted: ");
    }

    @Test
    void aNameMismatchIsTheAppsFindingWhileTheServerHearsTheSameAlert() {
        List<TlsFailuresSeen.Seen> seen = TlsFailuresSeen.in(untrusted.steps().get(5));
        assertThat(seen).extracting(TlsFailuresSeen.Seen::kind)
                .containsExactly(TlsFailureKind.CERTIFICATE_REFUSED, TlsFailureKind.NAME_MISMATCH);
        assertThat(seen.get(1).words()).contains("not made out to mail.example.com");
    }

    @Test
    void aPlainTextAppOnAnImplicitTlsPortSendsNothingAndTheServerSaysSo() {
        List<TlsFailuresSeen.Seen> seen = TlsFailuresSeen.in(wrongPort.steps().get(1));
        // The app only sees silence (its notice is a timeout); the server names what it saw.
        assertThat(seen).extracting(TlsFailuresSeen.Seen::side, TlsFailuresSeen.Seen::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("the server (connection c1)", TlsFailureKind.NOTHING_SENT_TO_TLS_PORT));
    }

    @Test
    void aClientHelloOnTheCleartextPortIsNamedAlikeByBothSides() {
        List<TlsFailuresSeen.Seen> seen = TlsFailuresSeen.in(wrongPort.steps().get(2));
        assertThat(seen).extracting(TlsFailuresSeen.Seen::side, TlsFailuresSeen.Seen::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("the server (connection c2)", TlsFailureKind.CLIENT_HELLO_TO_CLEARTEXT_PORT),
                org.assertj.core.groups.Tuple.tuple("the phone's app", TlsFailureKind.CLIENT_HELLO_TO_CLEARTEXT_PORT));
    }

    @Test
    void stepsWithoutAFailedHandshakeNameNone() {
        assertThat(TlsFailuresSeen.in(untrusted.steps().get(4))).isEmpty(); // the trusted laptop logs in
        assertThat(TlsFailuresSeen.in(wrongPort.steps().get(4))).isEmpty(); // 993 with SSL/TLS works
    }
}
