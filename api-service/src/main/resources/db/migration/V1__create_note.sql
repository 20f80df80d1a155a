-- Notes belong to their author (the token's sub) and may be shared with one group of the author.
CREATE TABLE note (
    id         UUID PRIMARY KEY,
    author     VARCHAR(255)  NOT NULL,
    title      VARCHAR(200)  NOT NULL,
    body       VARCHAR(10000) NOT NULL,
    group_name VARCHAR(255),
    version    BIGINT        NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX note_author_idx ON note (author, created_at);
CREATE INDEX note_group_idx ON note (group_name, created_at);
