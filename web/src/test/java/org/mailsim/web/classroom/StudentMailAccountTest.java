package org.mailsim.web.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mailsim.web.classroom.Http.fields;

import io.javalin.Javalin;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Store;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailsim.classroom.ClassroomDatabase;
import org.mailsim.classroom.ClassroomStore;
import org.mailsim.classroom.StudentMailAccounts;
import org.mailsim.live.LiveServerFixture;
import org.mailsim.web.WebApp;

/**
 * A student who joins a class gets a mail account of their own on the live server: their /class
 * page shows it (and no one else's), it logs in over IMAPS with Angus Mail, and it is there again
 * after a restart, recreated from the embedded class database as {@code serve} does.
 */
class StudentMailAccountTest {
    @TempDir
    Path dataDir;

    /** What {@code serve} runs: the class database, the live server, the joined students' accounts restored, the web app. */
    private record Serve(ClassroomStore classroom, LiveServerFixture live, Javalin web, String base) implements AutoCloseable {
        static Serve start(Path dataDir) throws Exception {
            ClassroomStore classroom = ClassroomDatabase.open(ClassroomDatabase.embeddedUrl(dataDir));
            LiveServerFixture live = new LiveServerFixture();
            StudentMailAccounts mail = new StudentMailAccounts(live.server.store());
            mail.restore(classroom);
            Javalin web = WebApp.create(WebApp.Parts.of(live.server::info).withBank(ClassroomFixture.BANK)
                    .withClassroom(classroom).withStudentMail(mail)).start("127.0.0.1", 0);
            return new Serve(classroom, live, web, ClassroomFixture.base(web));
        }

        void imapsLogin(String login, String password) throws Exception {
            Store store = live.mailSession("imaps", false).getStore("imaps");
            store.connect(login, password);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                assertThat(inbox.getMessageCount()).isZero();
                inbox.close(false);
            } finally {
                store.close();
            }
        }

        @Override
        public void close() throws Exception {
            web.stop();
            live.close();
            classroom.close();
        }
    }

    @Test
    void aJoinedStudentSeesTheirOwnAccountLogsInOverImapsAndKeepsItAfterARestart() throws Exception {
        String code;
        String login;
        String password;
        try (Serve serve = Serve.start(dataDir)) {
            var made = serve.classroom().create("Net+ evening");
            code = made.classroom().code();
            Http ana = join(serve.base(), code, "Ana");
            String page = ana.get("/class", null).body();
            login = find(page, "id=\"mail-login\">([^<]+)<");
            password = find(page, "id=\"mail-password\" class=\"password\">([^<]+)<");
            assertThat(login).matches(code.toLowerCase() + "-\\d+");
            assertThat(page).contains(">" + login + "@mailsim.test<").contains("href=\"/setup/" + login + "\"")
                    .contains("src=\"/setup/" + login + "/qr.png\"");
            Http anyone = new Http(serve.base());
            assertThat(anyone.get("/setup/" + login, null).body()).contains(login + "@mailsim.test").doesNotContain(password);
            assertThat(anyone.get("/setup/" + login + "/qr.png", null).status()).isEqualTo(200);
            serve.imapsLogin(login, password);

            String bens = join(serve.base(), code, "Ben").get("/class", null).body();
            assertThat(find(bens, "id=\"mail-login\">([^<]+)<")).isNotEqualTo(login);
            assertThat(bens).doesNotContain(login).doesNotContain(password);

            String cards = anyone.get("/setup/accounts", null).body(); // the instructor's computer: the test runs on it
            assertThat(cards).contains("id=\"card-" + login + "\"").contains(password);
            String dashboard = instructor(serve.base(), code, made.instructorKey()).get("/teach/" + code, null).body();
            assertThat(dashboard).contains(login).contains(password);
        }
        try (Serve again = Serve.start(dataDir)) {
            assertThat(again.live().server.store().account(login)).as("recreated from the class database").isPresent();
            again.imapsLogin(login, password);
            assertThatThrownBy(() -> again.imapsLogin(login, password + "x")).isInstanceOf(AuthenticationFailedException.class);
        }
    }

    private static Http join(String base, String code, String name) {
        Http student = new Http(base);
        Http.Reply joined = student.form("/join", fields("csrf", student.csrf("/join"), "code", code, "name", name));
        assertThat(joined.status()).isEqualTo(303);
        return student;
    }

    private static Http instructor(String base, String code, String key) {
        Http teacher = new Http(base);
        assertThat(teacher.form("/teach/sign-in", fields("csrf", teacher.csrf("/teach"), "code", code, "key", key)).status()).isEqualTo(303);
        return teacher;
    }

    private static String find(String text, String regex) {
        var m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }
}
