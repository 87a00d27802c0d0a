-- A class, the students who joined it, and the work set for it.
-- Standard SQL only: H2 (the embedded default) and PostgreSQL both run this file as it is.

CREATE TABLE classroom (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code          VARCHAR(12)  NOT NULL UNIQUE,
    name          VARCHAR(200) NOT NULL,
    key_hash      VARCHAR(200) NOT NULL,          -- PBKDF2 of the instructor key, never the key
    joining_open  BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE student (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    class_id    BIGINT       NOT NULL REFERENCES classroom (id) ON DELETE CASCADE,
    name        VARCHAR(80)  NOT NULL,
    name_key    VARCHAR(80)  NOT NULL,             -- the name in lower case: one "Ana" per class
    pin_hash    VARCHAR(200),                      -- PBKDF2 of the PIN, if the student set one
    joined_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (class_id, name_key)
);

-- Each device a student uses: the SHA-256 of its token (a cookie, or the API's Bearer token).
CREATE TABLE device (
    token_hash  VARCHAR(64) PRIMARY KEY,
    student_id  BIGINT      NOT NULL REFERENCES student (id) ON DELETE CASCADE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE assignment (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    class_id    BIGINT        NOT NULL REFERENCES classroom (id) ON DELETE CASCADE,
    kind        VARCHAR(10)   NOT NULL,            -- lesson, lab, quiz
    title       VARCHAR(200)  NOT NULL,
    target      VARCHAR(2000) NOT NULL,            -- scenario id, exercise id, or the quiz's address query
    due_at      TIMESTAMP WITH TIME ZONE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
