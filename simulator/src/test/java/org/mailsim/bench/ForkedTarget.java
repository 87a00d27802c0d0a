package org.mailsim.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * A {@link BenchTarget} run in a child JVM ({@link ServerProcess}) started with this JVM's own
 * classpath; every call becomes one line on the child's stdin and one reply line on its stdout.
 */
final class ForkedTarget implements BenchTarget {
    private final String name;
    private final String maxHeap;
    private Process process;
    private PrintStream commands;
    private BufferedReader replies;
    private int[] ports;
    private boolean smtpRequiresAuth;

    /** A server of the named kind, to run in a child JVM with {@code -Xmx<maxHeap>} (for example "4g"). */
    ForkedTarget(String name, String maxHeap) {
        this.name = name;
        this.maxHeap = maxHeap;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void start() throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + maxHeap,
                "-cp", System.getProperty("java.class.path"), ServerProcess.class.getName(), name));
        process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        commands = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
        replies = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String[] words = call("start").split(" ");
        ports = new int[] {Integer.parseInt(words[0]), Integer.parseInt(words[1]), Integer.parseInt(words[2])};
        smtpRequiresAuth = Boolean.parseBoolean(words[3]);
    }

    @Override
    public int imapPort() {
        return ports[0];
    }

    @Override
    public int pop3Port() {
        return ports[1];
    }

    @Override
    public int smtpPort() {
        return ports[2];
    }

    @Override
    public boolean smtpRequiresAuth() {
        return smtpRequiresAuth;
    }

    @Override
    public void addAccount(String login, String password) throws IOException {
        call("account " + login + " " + password);
    }

    @Override
    public void seedMessages(String login, int count, int sizeBytes) throws IOException {
        call("seed " + login + " " + count + " " + sizeBytes);
    }

    @Override
    public int messageCount(String login) throws IOException {
        return Integer.parseInt(call("count " + login));
    }

    @Override
    public long usedHeapAfterGc() throws IOException {
        return Long.parseLong(call("heap"));
    }

    /** Linux only: VmRSS of the child from /proc; empty elsewhere. */
    @Override
    public OptionalLong residentSetBytes() throws IOException {
        Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
        if (!Files.isReadable(status)) return OptionalLong.empty();
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) return OptionalLong.of(Long.parseLong(line.replaceAll("\\D", "")) * 1024);
        }
        return OptionalLong.empty();
    }

    @Override
    public String describe() throws IOException {
        return call("describe");
    }

    @Override
    public void stop() {
        if (process == null) return;
        try {
            if (process.isAlive()) call("stop");
            if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            process.destroyForcibly();
        } finally {
            process = null;
        }
    }

    private synchronized String call(String line) throws IOException {
        if (process == null) throw new IOException("the " + name + " server process is not running");
        commands.println(line);
        for (String reply = replies.readLine(); reply != null; reply = replies.readLine()) {
            if (!reply.startsWith(ServerProcess.REPLY)) continue; // the server's own logging
            String body = reply.substring(ServerProcess.REPLY.length());
            if (body.startsWith("ok")) return body.length() > 3 ? body.substring(3) : "";
            throw new IOException(name + " server process: " + body.substring(Math.min(body.length(), 6)));
        }
        throw new IOException("the " + name + " server process ended (exit code "
                + (process.isAlive() ? "unknown" : process.exitValue()) + ")");
    }
}
