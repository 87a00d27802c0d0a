package org.mailsim.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;
import org.mailsim.net.ServicePort;
import org.mailsim.net.TransportLimits;

/**
 * Issue 14, case 8: a class behind one school NAT address, or a load test from the instructor's
 * laptop, opens 200 IMAP sessions of one account from one address. With the default limits all
 * of them log in and select INBOX; past a limit, the refusal names the limit and its option.
 */
class LiveConnectionLimitsTest {

    @Test
    void twoHundredSessionsOfOneAccountFromOneAddressWorkByDefault() throws Exception {
        try (LiveServer server = LiveServer.start(LiveServerOptions.forTests(Files.createTempDirectory("mailsim-limits")))) {
            assertThat(TransportLimits.DEFAULTS.maxPerRemote()).isGreaterThanOrEqualTo(200);
            List<Imap> sessions = new ArrayList<>();
            try {
                for (int i = 0; i < 200; i++) sessions.add(Imap.open(server));
                for (int i = 0; i < sessions.size(); i++) {
                    Imap imap = sessions.get(i);
                    assertThat(imap.greeting).startsWith("* OK ");
                    assertThat(imap.command("a" + i + " LOGIN alice alice")).startsWith("a" + i + " OK");
                    assertThat(imap.command("s" + i + " SELECT INBOX")).startsWith("s" + i + " OK [READ-WRITE]");
                }
            } finally {
                for (Imap imap : sessions) imap.socket.close();
            }
        }
    }

    @Test
    void pastTheLimitTheRefusalNamesItAndTheOptionThatRaisesIt() throws Exception {
        var ports = new EnumMap<ServicePort, Integer>(ServicePort.class);
        for (ServicePort p : ServicePort.values()) ports.put(p, 0);
        LiveServerOptions options = new LiveServerOptions("127.0.0.1", "localhost", Files.createTempDirectory("mailsim-limits"),
                ports, false, TransportLimits.DEFAULTS.withConnections(1000, 3));
        try (LiveServer server = LiveServer.start(options)) {
            List<Imap> sessions = new ArrayList<>();
            try {
                for (int i = 0; i < 3; i++) sessions.add(Imap.open(server));
                Imap fourth = Imap.open(server);
                sessions.add(fourth);
                assertThat(fourth.greeting).isEqualTo(
                        "* BYE [UNAVAILABLE] Too many connections from your address (3, --max-connections-per-address), try again later");
            } finally {
                for (Imap imap : sessions) imap.socket.close();
            }
        }
    }

    /** A client on the IMAPS stand-in that trusts mailsim's certificate; reads answers line by line. */
    private record Imap(Socket socket, BufferedReader in, OutputStream out, String greeting) {
        static Imap open(LiveServer server) throws Exception {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(server.certificate().trustStore());
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, trust.getTrustManagers(), null);
            SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket("127.0.0.1", server.port(ServicePort.IMAPS));
            socket.setSoTimeout(10_000);
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            return new Imap(socket, in, socket.getOutputStream(), in.readLine());
        }

        /** Sends a command and returns its tagged answer. */
        String command(String line) throws Exception {
            out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String tag = line.substring(0, line.indexOf(' ') + 1);
            String answer;
            do {
                answer = in.readLine();
            } while (answer != null && !answer.startsWith(tag));
            return answer;
        }
    }
}
