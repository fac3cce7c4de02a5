-- The TT57/2026 improvement-plan form (Biểu 2 Phụ lục V): what a task says beyond the 2018 plans (its improvement
-- content, goal, result indicator, resources, expected evidence, and its progress as reviewed), the priority issues
-- the plan addresses (mục IV) and the monitoring lines of the reviews at the end of term I and of the year (mục VI).
-- New rows are keyed like the other content rows (V4): submission id × 2^24 + position, no foreign key.

ALTER TABLE plan_task ADD COLUMN improvement VARCHAR;
ALTER TABLE plan_task ADD COLUMN goal VARCHAR;
ALTER TABLE plan_task ADD COLUMN indicator VARCHAR;
ALTER TABLE plan_task ADD COLUMN resources VARCHAR;
ALTER TABLE plan_task ADD COLUMN evidence VARCHAR;
-- Progress.State: DONE, IN_PROGRESS, NOT_STARTED, NOT_DONE, ADJUSTED; NULL when not stated or not understood
ALTER TABLE plan_task ADD COLUMN progress VARCHAR(12);
ALTER TABLE plan_task ADD COLUMN progress_percent INT;

-- A multi-level school's results given per cấp học (SchoolType name: TH, THCS, THPT); NULL for one table.
ALTER TABLE criterion_result ADD COLUMN school_level VARCHAR(10);

-- The plan task a funding line was read from ("Nguồn lực bảo đảm"); NULL for a line of the Kinh phí sheet.
ALTER TABLE funding_line ADD COLUMN task_seq INT;

CREATE TABLE priority_issue (
    id            BIGINT NOT NULL,
    submission_id BIGINT NOT NULL,
    seq           INT    NOT NULL,
    standard      VARCHAR(1000),
    criteria      VARCHAR(1000),
    current_state VARCHAR,
    weakness      VARCHAR,
    cause         VARCHAR,
    sheet_row     INT,
    CONSTRAINT pk_priority_issue PRIMARY KEY (id)
);

-- moment: MID_YEAR (cuối học kỳ I), YEAR_END (cuối năm học), NULL when not stated
CREATE TABLE monitoring_entry (
    id            BIGINT NOT NULL,
    submission_id BIGINT NOT NULL,
    seq           INT    NOT NULL,
    moment        VARCHAR(10),
    moment_text   VARCHAR(400),
    content       VARCHAR,
    result        VARCHAR,
    adjustment    VARCHAR,
    reviewer      VARCHAR(1000),
    sheet_row     INT,
    CONSTRAINT pk_monitoring_entry PRIMARY KEY (id)
);
