package org.mailsim.classroom;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;

/**
 * Opens the classroom's database and brings its schema up to date with Flyway's migrations
 * ({@code db/migration/V1__…sql}, …): an embedded H2 file in the data directory (nothing to
 * install), or any JDBC address, in practice a PostgreSQL that several mailsim instances share.
 * Connections come from a small HikariCP pool.
 */
public final class ClassroomDatabase {
    /** The embedded database's file, under the data directory (H2 adds {@code .mv.db}). */
    public static final String EMBEDDED_NAME = "classroom";

    private ClassroomDatabase() { }

    /** {@code <dataDir>/classroom.mv.db}, made on first use. */
    public static String embeddedUrl(Path dataDir) {
        // DB_CLOSE_ON_EXIT=FALSE: the pool closes the database when the store closes, not a JVM hook racing it.
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve(EMBEDDED_NAME) + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /** Opens the database at {@code jdbcUrl}, migrates it, and returns the store over it. */
    public static JdbcClassroomStore open(String jdbcUrl) {
        requireSupported(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName("classroom");
        config.setMaximumPoolSize(10);
        config.setConnectionTimeout(10_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot open the classroom database " + describe(jdbcUrl) + ": " + rootMessage(e), e);
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw new IllegalStateException("Cannot bring the classroom database " + describe(jdbcUrl) + " up to date: " + rootMessage(e), e);
        }
        return new JdbcClassroomStore(pool);
    }

    /** Refuses, saying why, an address that is neither H2 nor PostgreSQL (before anything is started). */
    public static void requireSupported(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("The classroom database is jdbc:postgresql://HOST/DB?user=… (or the embedded default); "
                    + "\"" + describe(jdbcUrl) + "\" is neither.");
        }
    }

    /** The address without its query (which may hold a user and password). */
    public static String describe(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        String shown = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        int options = shown.indexOf(';');
        return options < 0 ? shown : shown.substring(0, options);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage();
    }
}
