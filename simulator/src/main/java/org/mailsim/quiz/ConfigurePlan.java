package org.mailsim.quiz;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.mailsim.net.Protocol;
import org.mailsim.scenario.AccountSpec;
import org.mailsim.scenario.Action;
import org.mailsim.scenario.DeviceSettings;
import org.mailsim.scenario.DeviceSpec;
import org.mailsim.scenario.Difficulty;
import org.mailsim.scenario.MailSpec;
import org.mailsim.scenario.OutgoingSpec;
import org.mailsim.scenario.Scenario;
import org.mailsim.scenario.ServerSpec;
import org.mailsim.scenario.Step;
import org.mailsim.scenario.TlsPolicy;
import org.mailsim.yaml.Position;

/**
 * A configure task as a small in-memory scenario: the provider's server with Alice's mailbox (two
 * messages), one device per device of the situation, each set up with the learner's settings, and
 * the steps the situation asks for. Each step is a {@link Phase} the verdict checks.
 *
 * @param scenario  what {@link org.mailsim.scenario.ScenarioRunner} replays
 * @param phases    one per step, in step order
 */
record ConfigurePlan(Scenario scenario, List<Phase> phases) {
    static final String LOGIN = "alice";
    static final String RECIPIENT = "carol@example.com";
    static final List<MailSpec> MAIL = List.of(
            new MailSpec("INBOX", "Bob <bob@mailsim.test>", "alice@mailsim.test", "Lunch on Thursday?",
                    Instant.parse("2026-01-14T11:42:00Z"), "Are you free for lunch on Thursday?", List.of(), null),
            new MailSpec("INBOX", "IT desk <it@mailsim.test>", "alice@mailsim.test", "Your new phone",
                    Instant.parse("2026-01-15T08:05:00Z"), "Set up your mail on the new phone today.", List.of(), null));

    /** What one step does and what it must achieve. */
    record Phase(int step, String device, Kind kind) { }

    enum Kind {
        /** Check mail: every message of the mailbox must be on the screen. */
        RECEIVE,
        /** Open the first message (it is read now); nothing to check yet. */
        READ,
        /** Check mail again: every message, and the first one shown as read. */
        SYNC,
        /** Send a message to someone at another domain: the server must accept it. */
        SEND
    }

    static ConfigurePlan of(Situation situation, MailClientSettings settings) {
        Protocol protocol = settings.incomingType().equals("pop3") ? Protocol.POP3 : Protocol.IMAP;
        TlsPolicy policy = TlsPolicy.REQUIRE; // a correctly set-up app refuses to go on without the TLS it was told to use
        DeviceSettings deviceSettings = new DeviceSettings(protocol == Protocol.POP3 && settings.leaveOnServer(), Optional.empty(),
                Optional.empty(), true, policy, settings.incomingServer().toLowerCase(Locale.ROOT), Optional.empty(),
                DeviceSettings.DeleteMethod.MOVE_TO_TRASH);
        OutgoingSpec outgoing = new OutgoingSpec(settings.outgoingPort(), settings.outgoingSecurity(), settings.outgoingAuth());
        List<DeviceSpec> devices = situation.devices().stream().map(name ->
                new DeviceSpec(name, LOGIN, protocol, settings.incomingPort(), settings.incomingSecurity(), deviceSettings, outgoing)).toList();

        List<Step> steps = new ArrayList<>();
        List<Phase> phases = new ArrayList<>();
        String first = situation.devices().get(0);
        for (String device : situation.devices()) add(steps, phases, device, new Action.CheckMail(), Kind.RECEIVE);
        if (situation.keepInSync()) {
            add(steps, phases, first, new Action.OpenMessage(1), Kind.READ);
            for (String device : situation.devices().subList(1, situation.devices().size())) {
                add(steps, phases, device, new Action.CheckMail(), Kind.SYNC);
            }
        }
        if (situation.send()) {
            add(steps, phases, first, new Action.Send(RECIPIENT, "Lunch on Friday instead?", "Thursday is full for me."), Kind.SEND);
        }
        AccountSpec account = new AccountSpec(LOGIN, LOGIN, LOGIN + "@mailsim.test", 0, List.of(), MAIL);
        Scenario scenario = new Scenario("configure-the-mail-client", "Your settings, run", "The learner's settings, run against the simulator.",
                Difficulty.BEGINNER, List.of(), List.of(), new ServerSpec(!situation.requireEncryption(), List.of()),
                List.of(account), devices, steps, "configure task");
        return new ConfigurePlan(scenario, phases);
    }

    private static void add(List<Step> steps, List<Phase> phases, String device, Action action, Kind kind) {
        int number = steps.size() + 1;
        steps.add(new Step(number, new Position("configure task", number, 1), new Step.What.Act(device, action), "", "", List.of()));
        phases.add(new Phase(number, device, kind));
    }
}
