package org.mailsim.classroom;

import java.util.Locale;
import org.mailsim.store.Account;
import org.mailsim.store.DemoMail;

/**
 * A joined student's own mail account on the live server. The login is the class code and the
 * student's id ({@code k7q2mx-12}): unique over every class in one database, so several mailsim
 * instances sharing a PostgreSQL give a student the same login on each.
 */
public record StudentMail(String code, long studentId, String password) {

    public StudentMail {
        code = code.toLowerCase(Locale.ROOT);
    }

    public String login() {
        return code + "-" + studentId;
    }

    public String address() {
        return login() + "@" + DemoMail.DOMAIN;
    }

    public Account account() {
        return new Account(login(), password, address(), DemoMail.DEMO_QUOTA);
    }

    /** True for a login {@link #login} makes: a join code (lower case), a dash, a number. */
    public static boolean isStudentLogin(String login) {
        return login.matches("[a-z2-9]{6}-\\d{1,18}");
    }
}
