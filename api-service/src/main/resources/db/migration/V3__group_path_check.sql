-- Only group paths are stored from now on (V2 turned the names into paths); the API refuses anything else first.
ALTER TABLE note ADD CONSTRAINT note_group_path_check CHECK (group_path IS NULL OR group_path LIKE '/%');
