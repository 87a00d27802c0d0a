package org.mailsim.classroom;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The little JDBC the store needs, so each of its methods can show its SQL whole: one
 * transaction per call, statements with positional parameters, rows mapped by a lambda.
 */
final class Sql {
    /** SQLSTATE 23505, unique_violation, in PostgreSQL and H2 alike. */
    static final String UNIQUE_VIOLATION = "23505";

    interface Work<T> { T run(Connection c) throws SQLException; }

    interface Row<T> { T map(ResultSet r) throws SQLException; }

    private final DataSource data;

    Sql(DataSource data) {
        this.data = data;
    }

    <T> T tx(Work<T> work) {
        try (Connection c = data.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The classroom database failed: " + e.getMessage(), e);
        }
    }

    static <T> List<T> list(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, params); ResultSet r = s.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (r.next()) out.add(row.map(r));
            return out;
        }
    }

    static <T> Optional<T> one(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        List<T> rows = list(c, sql, row, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, params)) {
            return s.executeUpdate();
        }
    }

    /** Runs an INSERT and returns the {@code id} the database gave the row. */
    static long insert(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql, new String[] {"id"})) {
            bind(s, params);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                if (!keys.next()) throw new SQLException("no id came back from: " + sql);
                return keys.getLong(1);
            }
        }
    }

    static Instant instant(ResultSet r, String column) throws SQLException {
        return r.getObject(column, OffsetDateTime.class).toInstant();
    }

    static Optional<Instant> maybeInstant(ResultSet r, String column) throws SQLException {
        return Optional.ofNullable(r.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql, Statement.NO_GENERATED_KEYS);
        bind(s, params);
        return s;
    }

    private static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof Instant at) s.setObject(i + 1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            else if (p instanceof Optional<?> o && o.isEmpty()) s.setNull(i + 1, Types.NULL);
            else if (p instanceof Optional<?> o && o.get() instanceof Instant at) s.setObject(i + 1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            else if (p instanceof Optional<?> o) s.setObject(i + 1, o.get());
            else if (p == null) s.setNull(i + 1, Types.NULL);
            else s.setObject(i + 1, p);
        }
    }

}
