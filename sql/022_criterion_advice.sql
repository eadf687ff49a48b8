-- The commissioner's edit of the panel's stage-1 advice, per criterion: an object
-- from the criterion's position to its text. A criterion without an entry shows
-- the panel's advice as compiled. Bidders see it on the matching bid section.
ALTER TABLE bid_feedback ADD COLUMN advice jsonb NOT NULL DEFAULT '{}';
