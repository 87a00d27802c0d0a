package org.mailsim.web.classroom;

import java.util.UUID;
import java.util.function.Supplier;
import org.mailsim.classroom.ClassroomDatabase;
import org.mailsim.classroom.ClassroomStore;

/** Where the web app gets its classroom store when {@code serve} gave it none (tests, embedding). */
public final class ClassroomStores {
    private ClassroomStores() { }

    /** An in-memory H2 database of its own, opened (and migrated) the first time a classroom page needs it. */
    public static Supplier<ClassroomStore> inMemory() {
        return new InMemory();
    }

    /** Closes the store if {@code supplier} opened one of its own. */
    public static void closeIfOwned(Supplier<ClassroomStore> supplier) {
        if (supplier instanceof InMemory m) m.close();
    }

    private static final class InMemory implements Supplier<ClassroomStore> {
        private ClassroomStore store;

        @Override
        public synchronized ClassroomStore get() {
            if (store == null) store = ClassroomDatabase.open("jdbc:h2:mem:classroom-" + UUID.randomUUID());
            return store;
        }

        synchronized void close() {
            if (store != null) store.close();
            store = null;
        }
    }
}
