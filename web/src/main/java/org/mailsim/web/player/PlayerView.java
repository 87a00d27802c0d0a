package org.mailsim.web.player;

import java.util.List;
import org.mailsim.web.shared.DevicePanel.DeviceCard;
import org.mailsim.web.shared.ExchangeLanes.ConnectionView;
import org.mailsim.web.shared.ExchangeLanes.ExplainForm;
import org.mailsim.web.shared.MailboxPanel.AccountView;

/**
 * Everything the player page shows for one step, as plain values for the template. Wire text
 * stays text: the template prints it escaped.
 */
record PlayerView(String scenarioId, String title, String summary, String difficulty, List<String> objectives,
                  int step, int stepCount, List<StepLink> steps, Nav nav, Modes modes, ActionView action,
                  String narration, String examPoint, List<TlsFailureView> tlsFailures, List<ResultView> results,
                  List<ConnectionView> connections,
                  List<ExplainForm> explainForms, List<AccountView> mailbox, List<DeviceCard> devices, String version) {

    /**
     * First / back / next / last: {@code null} where there is nowhere to go. {@code onward}: at the
     * last step, where Next goes instead of a further step; {@code null} before it.
     */
    record Nav(String first, String back, String next, String last, OnwardLink onward) { }

    /** One step in the progress bar. */
    record StepLink(int number, String href, String label, boolean current, boolean done) { }

    /** How the page is drawn: the eavesdropper's view, presenter mode, the author's checks, and links that switch them. */
    record Modes(boolean eavesdropper, boolean present, boolean author, String toggleEavesdropper, String togglePresent,
                 String toggleAuthor, String query) { }

    /** What the user did: on which device ({@code frame} is "phone" or "laptop"), in words. */
    record ActionView(String device, String frame, String app, String words, String typed) { }

    record ResultView(boolean passed, String text, String detail) { }

    /**
     * A failed TLS handshake of this step, by class (net/TlsFailureKind): its name, who named it
     * ("the server (connection c1) and the laptop's app"), and what it means.
     */
    record TlsFailureView(String title, String sides, String explanation) { }
}
