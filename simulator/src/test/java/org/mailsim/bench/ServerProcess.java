package org.mailsim.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The child JVM that hosts the server under measurement, so that its heap is measured alone and
 * the 10,000 client sockets of the IDLE benchmark live in another process (each process may open
 * 20,000 files on the bench machine). Started by {@link ForkedTarget} as
 * {@code java -cp <classpath> org.mailsim.bench.ServerProcess greenmail}, it reads one command per
 * line on stdin and answers each with exactly one line {@code @bench ok …} or {@code @bench error …}
 * on stdout (other stdout lines, such as a server's logging, are ignored by the parent):
 *
 * <pre>
 * start                        → ok &lt;imapPort&gt; &lt;pop3Port&gt; &lt;smtpPort&gt; &lt;smtpRequiresAuth&gt;
 * account &lt;login&gt; &lt;password&gt;   → ok
 * seed &lt;login&gt; &lt;count&gt; &lt;bytes&gt;  → ok
 * count &lt;login&gt;                → ok &lt;messages in INBOX&gt;
 * heap                         → ok &lt;bytes used after full GC&gt;
 * describe                     → ok &lt;server, Java version, max heap, cores&gt;
 * stop                         → ok, then the process exits
 * </pre>
 * End of stdin (the parent died) stops the server too.
 */
public final class ServerProcess {
    static final String REPLY = "@bench ";

    private ServerProcess() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length != 1) {
            out.println(REPLY + "error usage: ServerProcess <" + String.join("|", Targets.KNOWN) + ">");
            System.exit(2);
        }
        BenchTarget target;
        try {
            target = Targets.create(args[0]);
        } catch (IllegalArgumentException e) {
            out.println(REPLY + "error " + e.getMessage());
            System.exit(2);
            return;
        }
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (target) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] words = line.trim().split(" ");
                if (words[0].equals("stop")) {
                    out.println(REPLY + "ok");
                    break;
                }
                try {
                    out.println(REPLY + "ok " + execute(target, words));
                } catch (IOException | RuntimeException e) {
                    out.println(REPLY + "error " + String.valueOf(e).replaceAll("[\\r\\n]", " "));
                }
            }
        }
        System.exit(0);
    }

    private static String execute(BenchTarget target, String[] words) throws IOException {
        return switch (words[0]) {
            case "start" -> {
                target.start();
                yield target.imapPort() + " " + target.pop3Port() + " " + target.smtpPort() + " " + target.smtpRequiresAuth();
            }
            case "account" -> {
                target.addAccount(words[1], words[2]);
                yield "";
            }
            case "seed" -> {
                target.seedMessages(words[1], Integer.parseInt(words[2]), Integer.parseInt(words[3]));
                yield "";
            }
            case "count" -> String.valueOf(target.messageCount(words[1]));
            case "heap" -> String.valueOf(target.usedHeapAfterGc());
            case "describe" -> target.describe();
            default -> throw new IllegalArgumentException("unknown command " + words[0]);
        };
    }
}
