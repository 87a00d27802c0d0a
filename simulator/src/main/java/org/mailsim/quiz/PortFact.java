package org.mailsim.quiz;

import java.util.Optional;

import org.mailsim.scenario.Exam;

/**
 * A port fact a question relies on: {@code {port: 993, service: IMAPS}} (a
 * {@link org.mailsim.net.ServicePort} name) or an exam's own name, {@code {port: 587, exam: N10-009,
 * name: SMTPS}}. The loader checks each against the port table.
 *
 * @param port  the port number
 * @param name  the service name as written
 * @param exam  the exam whose name it is; empty for the port table's own (RFC/IANA) names
 */
public record PortFact(int port, String name, Optional<Exam> exam) {
    public PortFact {
        exam = exam == null ? Optional.empty() : exam;
    }
}
