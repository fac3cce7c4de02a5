-- A run's files in processing order, a page at a time: the run report and feedback walk a run by seq
-- instead of holding every file's findings at once.
CREATE UNIQUE INDEX ix_run_file_seq ON run_file (run_id, seq);
