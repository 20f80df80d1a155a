-- Notes are shared with a group's full path (/team-b/team-a), no longer with its name (team-a), which two groups can
-- share. Stored names came from a groups claim without full paths, so a name can not tell /team-a from
-- /team-b/team-a: each is read as the top-level group of that name. That only narrows who sees a note (before, every
-- group of that name did); an author who meant a nested group shares the note again. Nothing else changes.
-- On PostgreSQL this file is one transaction; the UPDATE is the last statement, so on H2 (whose DDL commits) it is
-- applied together with Flyway's record of this migration or not at all.
ALTER TABLE note RENAME COLUMN group_name TO group_path;
ALTER TABLE note ALTER COLUMN group_path SET DATA TYPE VARCHAR(1024);
ALTER INDEX note_group_idx RENAME TO note_group_path_idx;
UPDATE note SET group_path = '/' || group_path WHERE group_path IS NOT NULL;
