package org.mailsim.net;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The names the CompTIA exams give the mail ports, where an exam's port table lists them, kept
 * beside {@link ServicePort} so the two tables stay one source. Where an exam's name differs from
 * the RFCs' (N10-009's "SMTPS" for 587, which RFC 6409 §3.1 calls submission), questions are
 * graded by the exam's key and the explanation gives the RFC facts.
 * Exams are named by their code as files write it ({@code A+ 220-1201}, {@code N10-009}).
 */
public enum ExamPortName {
    /** 220-1201 objective 2.1 lists 25, 110 and 143, no secure mail ports. */
    A_PLUS_1201_SMTP("A+ 220-1201", ServicePort.SMTP, "SMTP"),
    A_PLUS_1201_POP3("A+ 220-1201", ServicePort.POP3, "POP3"),
    A_PLUS_1201_IMAP("A+ 220-1201", ServicePort.IMAP, "IMAP"),
    /** The retired 220-1101 objective 2.1 lists the same three. */
    A_PLUS_1101_SMTP("A+ 220-1101", ServicePort.SMTP, "SMTP"),
    A_PLUS_1101_POP3("A+ 220-1101", ServicePort.POP3, "POP3"),
    A_PLUS_1101_IMAP("A+ 220-1101", ServicePort.IMAP, "IMAP"),
    /** N10-009 objective 1.4 lists SMTP 25 and "Simple Mail Transfer Protocol Secure (SMTPS)" 587. */
    N10_009_SMTP("N10-009", ServicePort.SMTP, "SMTP"),
    N10_009_SMTPS("N10-009", ServicePort.SUBMISSION, "SMTPS");

    private final String exam;
    private final ServicePort service;
    private final String name;

    ExamPortName(String exam, ServicePort service, String name) {
        this.exam = exam;
        this.service = service;
        this.name = name;
    }

    /** The exam's code, as files write it. */
    public String exam() {
        return exam;
    }

    /** The port-table row the exam's name stands for. */
    public ServicePort service() {
        return service;
    }

    public int port() {
        return service.port();
    }

    /** The exam's name for the port: {@code SMTPS}. */
    public String examName() {
        return name;
    }

    /** The names an exam gives the mail ports. */
    public static List<ExamPortName> of(String examCode) {
        return Arrays.stream(values()).filter(n -> n.exam.equalsIgnoreCase(examCode)).toList();
    }

    /** The row for an exam's name ({@code N10-009}, {@code smtps}), compared without case. */
    public static Optional<ExamPortName> find(String examCode, String name) {
        return of(examCode).stream().filter(n -> n.name.equalsIgnoreCase(name.trim())).findFirst();
    }

    @Override
    public String toString() {
        return exam + " " + name + " " + port();
    }
}
