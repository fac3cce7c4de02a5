-- The bulk content of a plan (criterion results, Mức 4 results, tasks, funding lines) keyed by one number:
--     id = submission_id * 16777216 (2^24) + the row's position in its submission (1, 2, …)
-- so that a submission's rows are one range of ids, in order. H2 stores a table by its single-column BIGINT
-- key; a two-column key (submission_id, seq) or a foreign key is a second B-tree beside it, written, copied and
-- committed again for every row. Without them the import stores a plan in about half the work
-- (docs/benchmark.md, item 14). There is no foreign key to submission: the rows are written once, with their
-- submission, in the same transaction (SubmissionStore), and never changed or deleted.
-- 2^24 rows per submission is more than a worksheet can hold (1,048,576 rows).

CREATE TABLE criterion_result_v4 (
    id             BIGINT      NOT NULL,
    submission_id  BIGINT      NOT NULL,
    code           VARCHAR(10) NOT NULL,
    level1         BOOLEAN     NOT NULL,
    level2         BOOLEAN     NOT NULL,
    level3         BOOLEAN     NOT NULL,
    level          INT         NOT NULL,
    declared_level INT,
    sheet_row      INT,
    CONSTRAINT pk_criterion_result PRIMARY KEY (id)
);
INSERT INTO criterion_result_v4 (id, submission_id, code, level1, level2, level3, level, declared_level, sheet_row)
SELECT submission_id * 16777216 + ROW_NUMBER() OVER (PARTITION BY submission_id ORDER BY sheet_row NULLS LAST, code),
       submission_id, code, level1, level2, level3, level, declared_level, sheet_row
FROM criterion_result;
DROP TABLE criterion_result;
ALTER TABLE criterion_result_v4 RENAME TO criterion_result;

CREATE TABLE level4_result_v4 (
    id            BIGINT  NOT NULL,
    submission_id BIGINT  NOT NULL,
    number        INT     NOT NULL,
    met           BOOLEAN NOT NULL,
    CONSTRAINT pk_level4_result PRIMARY KEY (id)
);
INSERT INTO level4_result_v4 (id, submission_id, number, met)
SELECT submission_id * 16777216 + ROW_NUMBER() OVER (PARTITION BY submission_id ORDER BY number),
       submission_id, number, met
FROM level4_result;
DROP TABLE level4_result;
ALTER TABLE level4_result_v4 RENAME TO level4_result;

CREATE TABLE plan_task_v4 (
    id              BIGINT  NOT NULL,
    submission_id   BIGINT  NOT NULL,
    seq             INT     NOT NULL,
    criterion       VARCHAR(20),
    criterion_text  VARCHAR(400),
    target_level    INT,
    expected_result VARCHAR,
    task            VARCHAR,
    lead            VARCHAR(1000),
    partners        VARCHAR(1000),
    start_date      DATE,
    end_date        DATE,
    period_text     VARCHAR(1000),
    amount          BIGINT,
    amount_text     VARCHAR(1000),
    source          VARCHAR(20),
    source_text     VARCHAR(1000),
    status_text     VARCHAR(400),
    note            VARCHAR,
    sheet_row       INT,
    CONSTRAINT pk_plan_task PRIMARY KEY (id)
);
INSERT INTO plan_task_v4 (id, submission_id, seq, criterion, criterion_text, target_level, expected_result, task, lead,
                          partners, start_date, end_date, period_text, amount, amount_text, source, source_text,
                          status_text, note, sheet_row)
SELECT submission_id * 16777216 + seq, submission_id, seq, criterion, criterion_text, target_level, expected_result,
       task, lead, partners, start_date, end_date, period_text, amount, amount_text, source, source_text, status_text,
       note, sheet_row
FROM plan_task;
DROP TABLE plan_task;
ALTER TABLE plan_task_v4 RENAME TO plan_task;

CREATE TABLE funding_line_v4 (
    id            BIGINT NOT NULL,
    submission_id BIGINT NOT NULL,
    seq           INT    NOT NULL,
    content       VARCHAR,
    source        VARCHAR(20),
    source_text   VARCHAR(1000),
    amount        BIGINT,
    amount_text   VARCHAR(1000),
    year_text     VARCHAR(100),
    CONSTRAINT pk_funding_line PRIMARY KEY (id)
);
INSERT INTO funding_line_v4 (id, submission_id, seq, content, source, source_text, amount, amount_text, year_text)
SELECT submission_id * 16777216 + seq, submission_id, seq, content, source, source_text, amount, amount_text, year_text
FROM funding_line;
DROP TABLE funding_line;
ALTER TABLE funding_line_v4 RENAME TO funding_line;
