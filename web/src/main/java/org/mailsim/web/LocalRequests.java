package org.mailsim.web;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;

import io.javalin.http.Context;

/** Whether a request comes from the computer mailsim runs on: instructor-only pages and actions. */
public final class LocalRequests {
    private LocalRequests() { }

    /** True for loopback, or one of this computer's own addresses (the instructor opening the classroom address). */
    public static boolean fromThisComputer(Context ctx) {
        try {
            InetAddress remote = InetAddress.getByName(ctx.req().getRemoteAddr());
            return remote.isLoopbackAddress() || NetworkInterface.getByInetAddress(remote) != null;
        } catch (UnknownHostException | SocketException e) {
            return false;
        }
    }
}
