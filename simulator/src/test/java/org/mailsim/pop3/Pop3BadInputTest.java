package org.mailsim.pop3;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.mailsim.net.SessionDriver;

class Pop3BadInputTest {

    private final Pop3Fixture world = new Pop3Fixture().mail(Pop3Fixture.FIRST);

    @Test
    void unknownCommandIsRefusedWithoutEcho() {
        SessionDriver pop = world.connect();
        assertThat(pop.send("HELO there")).containsExactly("-ERR unknown command");
        assertThat(pop.send("X")).containsExactly("-ERR unknown command");
        assertThat(pop.send("")).containsExactly("-ERR unknown command");
    }

    @Test
    void transactionCommandsAreRefusedInAuthorization() {
        SessionDriver pop = world.connect();
        assertThat(pop.send("STAT")).containsExactly("-ERR STAT is not allowed in the AUTHORIZATION state");
        assertThat(pop.send("RETR 1")).containsExactly("-ERR RETR is not allowed in the AUTHORIZATION state");
    }

    @Test
    void authorizationCommandsAreRefusedInTransaction() {
        SessionDriver pop = world.alice();
        assertThat(pop.send("USER bob")).containsExactly("-ERR USER is not allowed in the TRANSACTION state");
        assertThat(pop.send("AUTH PLAIN")).containsExactly("-ERR AUTH is not allowed in the TRANSACTION state");
    }

    @Test
    void argumentsAreCheckedForCountAndShape() {
        SessionDriver pop = world.alice();
        assertThat(pop.send("RETR")).containsExactly("-ERR RETR: missing argument");
        assertThat(pop.send("STAT 1")).containsExactly("-ERR STAT: too many arguments");
        assertThat(pop.send("LIST 1 2")).containsExactly("-ERR LIST: too many arguments");
        assertThat(pop.send("RETR one")).containsExactly("-ERR message number must be a number");
        assertThat(pop.send("RETR -1")).containsExactly("-ERR message number must be a number");
        assertThat(pop.send("RETR 0")).containsExactly("-ERR no such message");
        assertThat(pop.send("RETR 99999999999")).containsExactly("-ERR message number must be a number");
        assertThat(pop.send("TOP 1 x")).containsExactly("-ERR line count must be a number");
    }

    @Test
    void overLongCommandLineIsRefused() {
        SessionDriver pop = world.connect();
        assertThat(pop.send("USER " + "a".repeat(300))).containsExactly("-ERR command line too long (RFC 2449 §4 allows 255 octets)");
        assertThat(pop.session().onLineTooLong().text()).isEqualTo("-ERR command line too long (RFC 2449 §4 allows 255 octets)\r\n");
        assertThat(pop.state()).isEqualTo("AUTHORIZATION");
    }

    @Test
    void controlCharactersCannotForgeAReplyLine() {
        SessionDriver pop = world.connect();
        byte[] forged = "USER a\r+OK fake\r\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(pop.sendRaw(forged)).containsExactly("-ERR control characters are not allowed in a command");
    }

    @Test
    void floodOfBadCommandsClosesTheConnection() {
        SessionDriver pop = world.connect();
        for (int i = 1; i < 10; i++) assertThat(pop.send("BOGUS")).containsExactly("-ERR unknown command");
        assertThat(pop.send("BOGUS")).containsExactly("-ERR too many bad commands, closing connection");
        assertThat(pop.closed()).isTrue();
    }
}
