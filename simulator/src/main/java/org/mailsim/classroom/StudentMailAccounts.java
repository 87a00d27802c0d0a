package org.mailsim.classroom;

import java.util.List;
import org.mailsim.store.Account;
import org.mailsim.store.MailStore;

/**
 * Puts joined students' mail accounts on the live server's store: all of them at start-up (the
 * store is in memory, the class database is not), and each one again whenever its student's page
 * is shown, which also brings in students who joined through another mailsim instance sharing
 * the same PostgreSQL. Adding is idempotent.
 */
public final class StudentMailAccounts {
    private final MailStore mail;

    public StudentMailAccounts(MailStore mail) {
        this.mail = mail;
    }

    /** Every joined student's account in the database; returns how many were added now. */
    public int restore(ClassroomStore classroom) {
        List<StudentMail> all = classroom.mailAccounts();
        int added = 0;
        for (StudentMail m : all) if (ensure(m)) added++;
        return added;
    }

    /** Adds the account unless the store has it; true if it was added now. */
    public boolean ensure(StudentMail m) {
        if (mail.account(m.login()).isPresent()) return false;
        try {
            mail.addAccount(m.account());
            return true;
        } catch (IllegalArgumentException e) {
            return false; // another request added it between the check and the add
        }
    }

    public Account account(StudentMail m) {
        ensure(m);
        return mail.account(m.login()).orElseThrow();
    }
}
