package org.mailsim.wire.pcap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Runs Wireshark's command-line dissector on a capture. Where tshark is missing the tests are
 * skipped on a developer's machine, but fail in CI (CI=true), where {@code run-tests} installs it:
 * a check that silently never runs there would prove nothing.
 */
final class Tshark {
    private final Path executable;
    private final List<String> options;

    private Tshark(Path executable, List<String> options) {
        this.executable = executable;
        this.options = List.copyOf(options);
    }

    /** The same tshark, decrypting TLS with the secrets of an NSS key log file (as Wireshark's TLS preference does). */
    Tshark withKeyLog(Path keys) {
        return new Tshark(executable, List.of("-o", "tls.keylog_file:" + keys));
    }

    static Tshark require() {
        Optional<Path> found = onPath();
        if (found.isEmpty() && "true".equals(System.getenv("CI"))) {
            fail("tshark is not installed, and CI=true: install it (Debian: apt-get install tshark; run-tests does) "
                    + "so the pcap export is checked against Wireshark's dissectors");
        }
        Assumptions.assumeTrue(found.isPresent(), "tshark is not installed (apt-get install tshark)");
        return new Tshark(found.orElseThrow(), List.of());
    }

    /**
     * One line per packet matching {@code filter}, the {@code fields} separated by tabs. Checksum
     * validation is on, which Wireshark leaves off by default.
     */
    List<String> fields(Path capture, String filter, String... fields) {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "-n", "-r", capture.toString(),
                "-o", "ip.check_checksum:TRUE", "-o", "tcp.check_checksum:TRUE", "-Y", filter, "-T", "fields"));
        command.addAll(1, options);
        for (String field : fields) command.addAll(List.of("-e", field));
        try {
            Path output = Files.createTempFile(capture.getParent(), "tshark", ".txt");
            Process process = new ProcessBuilder(command).redirectOutput(output.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("tshark took over a minute on " + capture);
            }
            assertThat(process.exitValue()).as("tshark exit status for " + String.join(" ", command)).isZero();
            return Files.readAllLines(output, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + executable, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while tshark ran", e);
        }
    }

    private static Optional<Path> onPath() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "tshark");
            if (Files.isExecutable(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }
}
