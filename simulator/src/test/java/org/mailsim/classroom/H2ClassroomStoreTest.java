package org.mailsim.classroom;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store's behaviour on the embedded default: an H2 file in a data directory. */
class H2ClassroomStoreTest extends ClassroomStoreContract {
    @TempDir
    Path dataDir;

    @Override
    protected String newDatabase() {
        return ClassroomDatabase.embeddedUrl(dataDir);
    }
}
