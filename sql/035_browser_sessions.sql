-- A browser's session travels in an HttpOnly cookie, so every tab is signed in;
-- each change it asks for must also carry the session's CSRF token (which another
-- site cannot read), kept here as its SHA-256. Bearer sessions of API clients have none.
ALTER TABLE auth_session ADD COLUMN csrf_hash bytea CHECK (csrf_hash IS NULL OR length(csrf_hash) = 32);
