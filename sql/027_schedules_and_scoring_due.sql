-- Work the service does on a timetable, shared by every instance: a job runs when
-- due, in a transaction holding its row (other instances skip it), and sets its
-- next time. What each job tells people is sent once per person per event, so
-- running late or twice never repeats a reminder.
CREATE TABLE scheduled_job (
    name          text PRIMARY KEY,
    every         interval NOT NULL CHECK (every > interval '0'),
    next_run_at   timestamptz NOT NULL DEFAULT now(),
    last_run_at   timestamptz,
    last_error    text
);
INSERT INTO scheduled_job (name, every) VALUES
    ('deadline_reminders', '10 minutes'),
    ('scoring_reminders', '10 minutes'),
    ('standstill_reminders', '10 minutes');

-- When a panel's members should have sent their scores; reminders go before it.
ALTER TABLE panel ADD COLUMN scoring_due_at timestamptz;
