/**
 * The classroom: an instructor's class with its join code, students, assignments and the
 * results of finished work, kept in a real database ({@link org.mailsim.classroom.ClassroomStore},
 * one JDBC implementation, {@link org.mailsim.classroom.JdbcClassroomStore}). The database is an
 * embedded H2 file in the data directory by default, or a shared PostgreSQL
 * ({@link org.mailsim.classroom.ClassroomDatabase}); the schema is Flyway's numbered migrations in
 * {@code db/migration}, written in SQL both accept. Secrets are only stored hashed
 * ({@link org.mailsim.classroom.Secrets}); wrong guesses are slowed by
 * {@link org.mailsim.classroom.GuessThrottle}.
 */
package org.mailsim.classroom;
