package org.mailsim.web.live;

import java.util.ArrayList;
import java.util.List;

import org.mailsim.net.TlsFailureKind;
import org.mailsim.live.ClientSetup;
import org.mailsim.live.LiveConnection;
import org.mailsim.live.LiveLine;
import org.mailsim.live.LiveSelection;
import org.mailsim.live.LiveServerInfo;
import org.mailsim.net.Protocol;
import org.mailsim.net.Security;
import org.mailsim.net.ServicePort;
import org.mailsim.store.StoreDiff;
import org.mailsim.store.StoreSnapshot;
import org.mailsim.web.home.HomePage;
import org.mailsim.web.shared.ExchangeLanes.LineView;
import org.mailsim.web.shared.ExchangeLanes;
import org.mailsim.web.shared.MailboxPanel.AccountView;
import org.mailsim.web.shared.MailboxPanel;
import org.mailsim.wire.ConnectionInfo;

/** The live view's pieces as plain values for the templates: connections, their lines, the mailboxes, the setup card. */
final class LiveViews {
    private LiveViews() { }

    /**
     * One connection: its row in the list and its exchange.
     *
     * @param service   "imaps", …; the well-known port and the one mailsim listens on beside it
     * @param security  the listener's security and whether TLS protects the bytes now
     * @param state     "open", or "closed: " and why
     * @param account   the login the server accepted, or null
     * @param tlsFailure  the class of the failed TLS handshake that closed it (net/TlsFailureKind), or null
     */
    record ConnectionView(String id, String remote, String service, int port, int boundPort, String security, boolean tls,
                          boolean open, String state, String account, long omitted, List<LineView> lines,
                          TlsFailureKind tlsFailure) { }

    /** The setup card: what to type, per service the port as bound. */
    record SetupView(String serverName, boolean otherDevicesCanReach, String advice, int imap, int imaps, int pop3, int pop3s,
                     int submission, int submissions, String fingerprint, List<HomePage.AccountRow> accounts) { }

    static ConnectionView connection(LiveConnection c, boolean reveal) {
        return connection(c.info(), c.account(), c.tlsActive(), c.omittedLines(), lines(c.info(), c.lines(), reveal));
    }

    static ConnectionView connection(ConnectionInfo info, String account, boolean tls, long omitted, List<LineView> lines) {
        String service = ServicePort.byPort(info.port()).map(ServicePort::ianaName).orElse("port " + info.port());
        String security = info.security().label() + (tls ? " · TLS on"
                : info.security() == Security.IMPLICIT_TLS ? " · TLS starting" : " · cleartext");
        String state = info.isOpen() ? "open" : "closed: " + info.closeReason();
        return new ConnectionView(info.id(), info.remote(), service, info.port(), info.standInPort(), security, tls,
                info.isOpen(), state, account, omitted, lines,
                info.isOpen() ? null : TlsFailureKind.in(info.closeReason()).orElse(null));
    }

    /** The endpoints' view, as in the player: decrypted lines, a literal line by line, TLS handshake records marked. */
    static List<LineView> lines(ConnectionInfo info, List<LiveLine> lines, boolean reveal) {
        Protocol protocol = ServicePort.byPort(info.port()).map(ServicePort::protocol).orElse(null);
        List<LineView> views = new ArrayList<>(lines.size());
        for (LiveLine l : lines) {
            var item = new ExchangeLanes.Item(l.direction(), l.kind(), l.layer(), l.recordType(), l.length(), l.shown(reveal),
                    l.masked() && !reveal);
            views.addAll(ExchangeLanes.rows(item, protocol, "", 0, false));
        }
        return views;
    }

    /** The mailboxes, marked with what changed since {@code before}. */
    static List<AccountView> store(StoreSnapshot before, StoreSnapshot now) {
        return MailboxPanel.of(before, now, StoreDiff.between(before, now));
    }

    /**
     * The filter and pager above the connections: the accounts and devices seen so far to choose
     * from, the page shown, links to the pages beside it (keeping the filter and reveal).
     */
    record SelectionView(String account, String device, int page, int pages, int matching, boolean filtered,
                         List<String> accounts, List<String> devices, String previousHref, String nextHref) { }

    static SelectionView selection(LiveSelection selection, LiveSelection.Page page, List<LiveConnection> all, boolean reveal) {
        List<String> accounts = all.stream().map(LiveConnection::account).filter(java.util.Objects::nonNull).distinct().sorted().toList();
        List<String> devices = all.stream().map(c -> LiveSelection.device(c.info().remote())).distinct().sorted().toList();
        String query = (selection.account().isEmpty() ? "" : "&account=" + encode(selection.account()))
                + (selection.device().isEmpty() ? "" : "&device=" + encode(selection.device())) + (reveal ? "&reveal=1" : "");
        String previous = page.page() > 1 ? "/live?page=" + (page.page() - 1) + query : "";
        String next = page.page() < page.pages() ? "/live?page=" + (page.page() + 1) + query : "";
        return new SelectionView(selection.account(), selection.device(), page.page(), page.pages(), page.matching(),
                selection.filtered(), accounts, devices, previous, next);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    static SetupView setup(LiveServerInfo info) {
        ClientSetup setup = ClientSetup.of(info, ClientSetup.networkAddresses());
        return new SetupView(setup.serverName(), setup.otherDevicesCanReach(), setup.advice(),
                setup.port(ServicePort.IMAP), setup.port(ServicePort.IMAPS), setup.port(ServicePort.POP3), setup.port(ServicePort.POP3S),
                setup.port(ServicePort.SUBMISSION), setup.port(ServicePort.SUBMISSIONS), info.certificateFingerprint(),
                info.accounts().stream().map(a -> new HomePage.AccountRow(a.login(), a.password(), a.address())).toList());
    }
}
