package org.mailsim.wire.pcap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.mailsim.scenario.ScenarioCatalog;
import org.mailsim.scenario.ScenarioLoader;
import org.mailsim.scenario.ScenarioRunner;
import org.mailsim.scenario.timeline.Timeline;
import org.mailsim.yaml.YamlException;

/** Replays the scenarios the pcap tests capture. */
final class ReplayedScenarios {

    private ReplayedScenarios() {
    }

    /** IMAP on 143, POP3 on 110 and SMTP on 25, all without TLS: no random bytes anywhere. */
    static Timeline cleartext() {
        String file = "pcap/cleartext-imap-pop3-smtp.yaml";
        try (InputStream in = ReplayedScenarios.class.getClassLoader().getResourceAsStream(file)) {
            return ScenarioRunner.run(ScenarioLoader.load(file, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (YamlException e) {
            throw new IllegalStateException(file + " does not load: " + e.problems(), e);
        }
    }

    /** The built-in café scenario: cleartext IMAP and POP3 beside IMAP and POP3 over implicit TLS. */
    static Timeline eavesdropper() {
        return ScenarioRunner.run(ScenarioCatalog.load(Optional.empty()).find("eavesdropper-sees-cleartext").orElseThrow());
    }
}
