-- An organisation's postal address, as it heads the letters it sends (a
-- commissioning body's outcome letters) and as they are addressed to it. Lines
-- are separated by newlines; optional, since many providers never need it here.
ALTER TABLE organisation ADD COLUMN postal_address text CHECK (char_length(postal_address) <= 500);
