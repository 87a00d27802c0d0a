package org.mailsim.web;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import io.javalin.Javalin;
import org.mailsim.course.Onward;
import org.mailsim.lab.LabLimits;
import org.mailsim.lab.SandboxRegistry;
import org.mailsim.live.LiveMonitor;
import org.mailsim.live.LiveServerInfo;
import org.mailsim.quiz.QuestionBank;
import org.mailsim.quiz.ScenarioChecks;
import org.mailsim.rfc.RfcIndex;
import org.mailsim.scenario.ScenarioLibrary;
import org.mailsim.classroom.ClassroomStore;
import org.mailsim.web.cache.PageCache;
import org.mailsim.web.cache.StaticAssets;
import org.mailsim.web.catalog.CatalogPage;
import org.mailsim.web.classroom.ClassroomRoutes;
import org.mailsim.web.classroom.ClassroomStores;
import org.mailsim.web.course.CoursePage;
import org.mailsim.web.drill.PortsDrillPage;
import org.mailsim.web.explain.ExplainHandler;
import org.mailsim.web.explain.RfcLineExplainer;
import org.mailsim.web.glossary.GlossaryPage;
import org.mailsim.web.home.HomePage;
import org.mailsim.web.home.LicensesPage;
import org.mailsim.web.lab.LabRoutes;
import org.mailsim.web.live.LivePage;
import org.mailsim.web.player.PlayerPage;
import org.mailsim.web.player.TimelineCache;
import org.mailsim.web.player.TimelineExports;
import org.mailsim.web.quiz.QuizApi;
import org.mailsim.web.quiz.QuizBank;
import org.mailsim.web.quiz.QuizSetupPage;
import org.mailsim.web.quiz.QuizTakePage;
import org.mailsim.web.rfc.RfcPages;

/**
 * Every route in one place. Built from its {@link Parts}, so tests start it with
 * {@code JavalinTest.test(WebApp.create(…), …)} exactly as {@code serve} does.
 */
public final class WebApp {
    private WebApp() { }

    /**
     * What the app is built from. Start from {@link #of} and change one part at a time.
     *
     * @param liveServer the live server's ports, accounts and certificate, for the home page
     * @param scenarios  the scenario catalog the player shows
     * @param live       the live server's connections and store, for the live view
     * @param questions  the question bank, checked against the scenarios as the player replays them
     * @param warm       replay the catalog and check the bank in the background at start, as {@code serve} does
     * @param lab        how many lab sandboxes may live, for how long, and what each may hold
     * @param classroom  the classroom's store: {@code serve}'s database, or by default an in-memory one opened on first use
     * @param questionFolder the instructor's question folder {@code questions} reads, watched so a changed file is read again
     */
    public record Parts(Supplier<LiveServerInfo> liveServer, ScenarioLibrary scenarios, LiveMonitor live,
                        Function<ScenarioChecks, QuestionBank> questions, boolean warm, LabLimits lab, Supplier<ClassroomStore> classroom,
                        Optional<org.mailsim.classroom.StudentMailAccounts> studentMail, Optional<Path> questionFolder) {

        /** The built-in scenarios and questions, no live server in this process, nothing warmed, the lab's default limits. */
        public static Parts of(Supplier<LiveServerInfo> liveServer) {
            return of(liveServer, new ScenarioLibrary(Optional.empty()));
        }

        /** The same with a catalog already read ({@code serve} reads it once: a tenth of its start-up). */
        public static Parts of(Supplier<LiveServerInfo> liveServer, ScenarioLibrary scenarios) {
            return new Parts(liveServer, scenarios, LiveMonitor.idle(),
                    checks -> QuestionBank.load(Optional.empty(), checks), false, LabLimits.DEFAULTS, ClassroomStores.inMemory(), Optional.empty(),
                    Optional.empty());
        }

        public Parts withScenarios(ScenarioLibrary library) {
            return new Parts(liveServer, library, live, questions, warm, lab, classroom, studentMail, questionFolder);
        }

        /** With the live server's monitor, whose connections the live view shows. */
        public Parts withLive(LiveMonitor monitor) {
            return new Parts(liveServer, scenarios, monitor, questions, warm, lab, classroom, studentMail, questionFolder);
        }

        /** With an instructor's folder of question files beside the built-in bank, read again when a file in it changes. */
        public Parts withQuestions(Optional<Path> folder) {
            return new Parts(liveServer, scenarios, live, checks -> QuestionBank.load(folder, checks), warm, lab, classroom, studentMail, folder);
        }

        /** With a bank already loaded (tests share one, since checking a bank replays scenarios). */
        public Parts withBank(QuestionBank bank) {
            return new Parts(liveServer, scenarios, live, checks -> bank, warm, lab, classroom, studentMail, Optional.empty());
        }

        /**
         * As {@code serve} runs it: the catalog is replayed into the cache in the background at
         * start, so no student waits for a replay on a first page (a cached page renders in
         * milliseconds; a replay inside the request takes a few hundred).
         */
        public Parts warmed() {
            return new Parts(liveServer, scenarios, live, questions, true, lab, classroom, studentMail, questionFolder);
        }

        /** With the lab's limits of {@code serve --lab-…} (an instructor's class size, a small machine). */
        public Parts withLab(LabLimits limits) {
            return new Parts(liveServer, scenarios, live, questions, warm, limits, classroom, studentMail, questionFolder);
        }

        /** With the classroom's database ({@code serve --database}, or the embedded file in the data directory). */
        public Parts withClassroom(ClassroomStore store) {
            return withClassroom(() -> store);
        }

        /** With a database still opening ({@code serve} opens it beside the pages): asked for on first use. */
        public Parts withClassroom(Supplier<ClassroomStore> store) {
            return new Parts(liveServer, scenarios, live, questions, warm, lab, store, studentMail, questionFolder);
        }

        /** With the live server's store, on which each joined student gets a mail account of their own. */
        public Parts withStudentMail(org.mailsim.classroom.StudentMailAccounts accounts) {
            return new Parts(liveServer, scenarios, live, questions, warm, lab, classroom, Optional.of(accounts), questionFolder);
        }
    }

    /** The built-in scenarios only. */
    public static Javalin create(Supplier<LiveServerInfo> liveServer) {
        return create(Parts.of(liveServer));
    }

    public static Javalin create(Supplier<LiveServerInfo> liveServer, ScenarioLibrary scenarios) {
        return create(Parts.of(liveServer, scenarios));
    }

    /**
     * After {@code start}: asks the running app, from the background, for the home page, the catalog
     * and one player page, so templates and handlers are compiled before the first student arrives.
     */
    public static void warmUpPages(Javalin app, ScenarioLibrary scenarios) {
        Thread.ofVirtual().name("warm-up-pages").start(() -> loadPages(app, scenarios));
    }

    /** Whether the pages could be loaded (not when the app listens elsewhere than on loopback). */
    private static boolean loadPages(Javalin app, ScenarioLibrary scenarios) {
        var client = java.net.http.HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + app.port();
        List<String> paths = new java.util.ArrayList<>(List.of("/", "/scenarios"));
        scenarios.current().scenarios().stream().findFirst().ifPresent(s -> paths.add("/scenarios/" + s.id() + "/steps/1"));
        for (String path : paths) {
            try {
                client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path)).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
            } catch (java.io.IOException e) {
                return false; // not listening on loopback (--listen elsewhere): the first visitor warms it instead
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /**
     * {@code serve}'s warm-up, once the app listens: the first pages, then the catalog's replay and the
     * question bank's check (seconds of CPU, which make every player page fast). The replay waits for
     * those pages so as not to compete with the first visitors for the CPU (docs/benchmarks.md,
     * "Start-up"); when they cannot be loaded from here, it waits five seconds instead.
     */
    private static void warmUp(Javalin app, ScenarioLibrary scenarios, TimelineCache timelines, QuizBank bank) {
        Thread.ofVirtual().name("warm-up").start(() -> {
            try {
                if (!loadPages(app, scenarios)) Thread.sleep(5_000);
            } catch (InterruptedException e) {
                return;
            }
            timelines.warmUp(scenarios.current().scenarios());
            bank.bank();
        });
    }

    static {
        // Jetty asks the JVM's management server whether object references are compressed, to size its
        // queues to a cache line; starting that server cost serve a tenth of its start-up. Compressed
        // references (the JVM's default below 32 GB of heap) are 4 bytes: 16 to a 64-byte line.
        System.getProperties().putIfAbsent("org.eclipse.jetty.util.referencesPerCacheLine", "16");
    }

    public static Javalin create(Parts parts) {
        return create(parts, true);
    }

    /** With {@code cachePages} false every page is rendered afresh (tests compare the two). */
    public static Javalin create(Parts parts, boolean cachePages) {
        ScenarioLibrary scenarios = parts.scenarios();
        Templates templates = new Templates();
        if (parts.warm()) Thread.ofPlatform().name("warm-up-templates").start(templates::warmUp);
        ErrorPages errors = new ErrorPages(templates);
        CatalogPage catalog = new CatalogPage(templates, scenarios);
        TimelineCache timelines = new TimelineCache();
        // Questions are checked against the scenarios the player shows, replayed through its cache.
        QuizBank bank = new QuizBank(parts.questionFolder(), () -> parts.questions().apply(new ScenarioChecks(scenarios.current(), timelines::timeline)));
        CoursePage course = new CoursePage(templates, errors, scenarios);
        ExplainHandler explain = new ExplainHandler(templates, errors, new RfcLineExplainer());
        RfcPages rfcPages = new RfcPages(templates, errors, RfcIndex.builtin());
        LivePage livePage = new LivePage(templates, parts.liveServer(), parts.live());
        QuizSetupPage quizSetup = new QuizSetupPage(templates, bank);
        ClassroomRoutes classroom = new ClassroomRoutes(templates, errors, parts.classroom(), bank, scenarios, parts.studentMail());
        PlayerPage player = new PlayerPage(templates, errors, scenarios, timelines, id -> Onward.from(course.course(), id), classroom::lessonEndReached);
        TimelineExports exports = new TimelineExports(player);
        HomePage home = new HomePage(templates, parts.liveServer(), scenarios, classroom::homePanel);
        QuizTakePage quiz = new QuizTakePage(templates, errors, bank, scenarios, classroom::quizLink);
        QuizApi quizApi = new QuizApi(bank, scenarios);
        SandboxRegistry sandboxes = new SandboxRegistry(parts.lab());
        LabRoutes lab = new LabRoutes(templates, errors, sandboxes, cachePages, classroom::labExerciseDone);
        var setup = new org.mailsim.web.setup.SetupRoutes(templates, errors, parts.liveServer());
        GlossaryPage glossary = new GlossaryPage(templates);
        PageCache pages = new PageCache(() -> java.util.Arrays.asList(scenarios.current(), parts.liveServer().get(), bank.generation()),
                cachePages);
        var self = new java.util.concurrent.atomic.AtomicReference<Javalin>();
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            // Expired lab sandboxes are dropped on a timer while the app runs; stopping it stops the
            // timer and closes every sandbox, telling its open tabs (their sockets are still open then).
            config.events.serverStarted(sandboxes::startSweeping);
            config.events.serverStopping(sandboxes::close);
            config.routes.before(pages::before); // pages the same for everyone: rendered and compressed once
            config.routes.after(pages::after);
            // Every file of /static/: hashed names, compressed once. (Javalin's own static-file handler is not
            // used: building Jetty's resource handler cost a tenth of the start-up, docs/benchmarks.md "Start-up".)
            config.routes.get("/static/{file}", StaticAssets::serve);
            config.routes.get("/", home::show);
            if (parts.warm()) config.events.serverStarted(() -> warmUp(self.get(), scenarios, timelines, bank));
            config.routes.get("/certificate.pem", home::certificate);
            config.routes.get("/licenses", LicensesPage::show);
            config.routes.get("/scenarios", catalog::show);
            config.routes.get("/scenarios/{id}", player::first);
            config.routes.get("/scenarios/{id}/steps/{n}", player::step);
            config.routes.get("/scenarios/{id}/export.md", exports::markdown);
            config.routes.get("/scenarios/{id}/export.txt", exports::text);
            config.routes.get("/scenarios/{id}/export.json", exports::json);
            config.routes.get("/scenarios/{id}/export.pcap", exports::pcap);
            config.routes.get("/scenarios/{id}/export.keys", exports::keys);
            config.routes.get("/explain", explain::show);
            config.routes.get("/rfc", rfcPages::list);
            config.routes.get("/rfc/{number}", rfcPages::show);
            config.routes.get("/glossary", glossary::show);
            livePage.routes(config.routes);
            config.events.serverStopping(livePage::stop); // before Jetty waits for open requests to end
            config.routes.get("/quiz", quizSetup::show);
            config.routes.get("/quiz/take", quiz::show);
            config.routes.get("/quiz/results", quiz::results);
            config.routes.post("/api/quiz/grade", quizApi::grade);
            config.routes.post("/api/quiz/results", quizApi::results);
            lab.register(config);
            setup.routes(config.routes);
            classroom.register(config);
            config.events.serverStopped(() -> ClassroomStores.closeIfOwned(parts.classroom()));
            config.routes.get("/course", course::show);
            config.routes.get("/course/{lesson}", course::lesson);
            config.routes.get("/api/course", course::json);
            config.routes.get("/drill/ports", new PortsDrillPage(templates)::show);
            config.routes.error(404, errors::notFound);
            config.routes.exception(Exception.class, errors::unexpected);
        });
        self.set(app);
        return app;
    }
}
