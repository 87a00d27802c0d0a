package org.mailsim.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mailsim.net.ServicePort;

class ClientSetupTest {

    private static LiveServerInfo info(String listen, String hostname) {
        return new LiveServerInfo(hostname, listen,
                Arrays.stream(ServicePort.values()).map(p -> new PortBinding(p, p == ServicePort.IMAPS ? 2993 : p.standInPort(), false)).toList(),
                List.of(), "AB:CD", "");
    }

    @Test
    void onLoopbackOnlyThisComputerConnectsAsLocalhost() {
        ClientSetup setup = ClientSetup.of(info("127.0.0.1", "localhost"), List.of("192.168.1.20"));
        assertThat(setup.serverName()).isEqualTo("localhost");
        assertThat(setup.otherDevicesCanReach()).isFalse();
        assertThat(setup.advice()).contains("--listen 0.0.0.0 --hostname 192.168.1.20");
    }

    @Test
    void onEveryInterfaceWithoutAHostnameOtherDevicesAreToldToNameTheAddress() {
        ClientSetup setup = ClientSetup.of(info("0.0.0.0", "localhost"), List.of("10.0.0.5", "172.16.0.9"));
        assertThat(setup.serverName()).isEqualTo("localhost");
        assertThat(setup.otherDevicesCanReach()).isTrue();
        assertThat(setup.advice()).contains("(10.0.0.5, 172.16.0.9)", "--hostname 10.0.0.5");
    }

    @Test
    void aHostnameInTheCertificateIsTheServerNameAndNeedsNoAdvice() {
        ClientSetup setup = ClientSetup.of(info("0.0.0.0", "192.168.1.20"), List.of("192.168.1.20"));
        assertThat(setup.serverName()).isEqualTo("192.168.1.20");
        assertThat(setup.advice()).isEmpty();
    }

    @Test
    void aListenAddressTheCertificateDoesNotNameIsUsedWithAWarning() {
        ClientSetup setup = ClientSetup.of(info("192.168.1.20", "localhost"), List.of());
        assertThat(setup.serverName()).isEqualTo("192.168.1.20");
        assertThat(setup.advice()).contains("certificate does not name 192.168.1.20", "--hostname 192.168.1.20");
    }

    @Test
    void portsAreTheOnesActuallyBound() {
        ClientSetup setup = ClientSetup.of(info("127.0.0.1", "localhost"), List.of());
        assertThat(setup.port(ServicePort.IMAPS)).isEqualTo(2993);
        assertThat(setup.port(ServicePort.SUBMISSION)).isEqualTo(1587);
    }
}
