package org.mailsim.web.home;

import java.util.Optional;

import io.javalin.http.Context;
import org.mailsim.cli.LicensesCommand;

/** {@code /licenses}: mailsim's licences and every shipped library's, as {@code mailsim licenses --full} prints them. */
public final class LicensesPage {
    private LicensesPage() { }

    public static void show(Context ctx) {
        Optional<String> report = LicensesCommand.report(true);
        ctx.contentType("text/plain; charset=utf-8");
        if (report.isPresent()) {
            ctx.result(report.get());
        } else {
            ctx.status(404).result("This mailsim runs from its classes: the list of libraries is written when the jar is built.\n");
        }
    }
}
