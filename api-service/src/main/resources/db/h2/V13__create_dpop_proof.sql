-- The jti of every accepted DPoP proof (see UsedProofs); H2 is one replica's database, so a plain table.
CREATE TABLE dpop_proof (
    id         VARCHAR(43) PRIMARY KEY,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX dpop_proof_expires_idx ON dpop_proof (expires_at);
