-- Responses to API requests sent with an Idempotency-Key, so that a retried request records nothing twice.
-- A row without status is a request still being processed. Responses hold identifiers only, never personal data.
create table idempotent_request (
    username        varchar(64)  not null,
    idempotency_key varchar(200) not null,
    request_hash    varchar(64)  not null,
    status          integer,
    content_type    varchar(200),
    location        varchar(500),
    body            bytea,
    created_at      timestamp with time zone not null,
    primary key (username, idempotency_key)
);
