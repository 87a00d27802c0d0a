-- A student's go at an assignment: opened (started_at), then finished once (finished_at and the score).
-- One row per student and assignment: the unique key is what makes a result stored exactly once.

CREATE TABLE attempt (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    assignment_id  BIGINT NOT NULL REFERENCES assignment (id) ON DELETE CASCADE,
    student_id     BIGINT NOT NULL REFERENCES student (id) ON DELETE CASCADE,
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at    TIMESTAMP WITH TIME ZONE,
    score_right    INTEGER,
    score_total    INTEGER,
    UNIQUE (assignment_id, student_id)
);

-- Each question of a finished quiz: right or not, and the wrong answer picked.
CREATE TABLE attempt_answer (
    attempt_id      BIGINT       NOT NULL REFERENCES attempt (id) ON DELETE CASCADE,
    question_order  INTEGER      NOT NULL,
    question_id     VARCHAR(100) NOT NULL,
    correct         BOOLEAN      NOT NULL,
    chosen          VARCHAR(200),
    PRIMARY KEY (attempt_id, question_order)
);

-- A finished quiz's right of total per exam objective ("N10-009 1.5").
CREATE TABLE attempt_objective (
    attempt_id   BIGINT      NOT NULL REFERENCES attempt (id) ON DELETE CASCADE,
    objective    VARCHAR(40) NOT NULL,
    right_count  INTEGER     NOT NULL,
    total_count  INTEGER     NOT NULL,
    PRIMARY KEY (attempt_id, objective)
);

CREATE INDEX attempt_student ON attempt (student_id);
CREATE INDEX assignment_class ON assignment (class_id);
