-- The jti of every accepted DPoP proof, shared by all API replicas (see UsedProofs). UNLOGGED: no WAL per request;
-- a crash empties the table, which only re-opens replays of proofs younger than frontgate.dpop.max-age.
CREATE UNLOGGED TABLE dpop_proof (
    id         VARCHAR(43) PRIMARY KEY,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX dpop_proof_expires_idx ON dpop_proof (expires_at);
