-- When the PIN was published and stage 1 opened: the open-data export dates the
-- notices and the tender period from them.
ALTER TABLE tender ADD COLUMN pin_published_at timestamptz;
ALTER TABLE tender ADD COLUMN stage1_opened_at timestamptz;
