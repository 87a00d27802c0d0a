package org.mailsim.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The same behaviour on a real PostgreSQL server that the test starts ({@link TestPostgres}). */
class PostgresClassroomStoreTest extends ClassroomStoreContract {
    @Override
    protected String newDatabase() {
        return TestPostgres.shared().newDatabase();
    }

    @Test
    void theServerIsARealPostgreSql() {
        assertThat(TestPostgres.shared().version()).startsWith("PostgreSQL ");
    }
}
