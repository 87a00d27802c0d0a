package org.mailsim.live;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.mailsim.net.ServicePort;

/**
 * What to type into a mail client's account settings, worked out from how the live server runs:
 * the server name (one the certificate names, so the client's host name check passes), whether
 * another device can reach the server at all, and what to change when it cannot.
 *
 * @param serverName            what to type as the incoming and outgoing server
 * @param otherDevicesCanReach  false while the listeners are bound to loopback
 * @param advice                what to change for phones on the classroom network, or "" when nothing
 * @param info                  ports as bound, accounts, certificate fingerprint
 */
public record ClientSetup(String serverName, boolean otherDevicesCanReach, String advice, LiveServerInfo info) {

    /**
     * @param networkAddresses  this computer's IPv4 addresses on its networks, to suggest for
     *                          {@code --hostname} ({@link #networkAddresses()} reads them)
     */
    public static ClientSetup of(LiveServerInfo info, List<String> networkAddresses) {
        String listen = info.listenAddress();
        String hostname = info.hostname().toLowerCase(Locale.ROOT);
        boolean named = !hostname.equals("localhost");
        boolean loopback = isLoopback(listen);
        boolean wildcard = listen.equals("0.0.0.0") || listen.equals("::") || listen.equals("[::]");
        String suggestion = networkAddresses.isEmpty() ? "<this computer's address>" : networkAddresses.getFirst();
        String serverName = named ? info.hostname() : loopback || wildcard ? "localhost" : listen;
        String advice;
        if (loopback) {
            advice = "Only mail programs on this computer can connect. For phones and laptops on the classroom network, "
                    + "restart with --listen 0.0.0.0 --hostname " + suggestion + ".";
        } else if (!named && wildcard) {
            advice = "Other devices type this computer's address (" + String.join(", ", or(networkAddresses)) + ") instead of "
                    + "localhost, which their certificate check rejects: restart with --hostname " + suggestion
                    + " so the certificate names it too.";
        } else if (!named) {
            advice = "The certificate does not name " + listen + ", so clients warn that the name does not match: "
                    + "restart with --hostname " + listen + ".";
        } else {
            advice = "";
        }
        return new ClientSetup(serverName, !loopback, advice, info);
    }

    /** The port a service listens on, as bound (1993 stands for 993 by default). */
    public int port(ServicePort service) {
        return info.ports().stream().filter(p -> p.service() == service).mapToInt(PortBinding::boundPort).findFirst()
                .orElse(service.standInPort());
    }

    /** This computer's non-loopback IPv4 addresses, site-local ones (192.168.…, 10.…) first. */
    public static List<String> networkAddresses() {
        List<String> local = new ArrayList<>();
        List<String> other = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) continue;
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (!(address instanceof Inet4Address)) continue;
                    (address.isSiteLocalAddress() ? local : other).add(address.getHostAddress());
                }
            }
        } catch (SocketException e) {
            return List.of(); // no interfaces to list: the advice says "this computer's address" instead
        }
        local.addAll(other);
        return local;
    }

    private static boolean isLoopback(String address) {
        return address.startsWith("127.") || address.equals("::1") || address.equals("[::1]") || address.equalsIgnoreCase("localhost");
    }

    private static List<String> or(List<String> addresses) {
        return addresses.isEmpty() ? List.of("see ipconfig or ip addr") : addresses;
    }
}
