/**
 * The benchmark harness: load generators that speak IMAP (RFC 3501), POP3 (RFC 1939) and SMTP
 * (RFC 5321) over raw loopback sockets, and measure any server behind a {@link
 * org.mailsim.bench.BenchTarget} run in a child JVM. Benchmarks are {@code main} programs started
 * by {@code bench/run}; only {@link org.mailsim.bench.BenchHarnessTest} runs in the build, and it
 * checks correctness, never timing. See {@code docs/benchmarks.md}.
 */
package org.mailsim.bench;
