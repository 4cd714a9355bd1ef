-- Events a projection could not apply, parked per case (Axon's JDBC sequenced dead-letter queue, with the
-- column names this schema uses elsewhere). Time stamps are ISO-8601 text, as Axon writes them.
create table dead_letter_entry (
    dead_letter_id      varchar(255)  not null primary key,
    processing_group    varchar(255)  not null,
    sequence_identifier varchar(255)  not null,
    sequence_index      bigint        not null,
    message_type        varchar(255)  not null,
    event_identifier    varchar(255)  not null,
    time_stamp          varchar(255)  not null,
    payload_type        varchar(255)  not null,
    payload_revision    varchar(255),
    payload             bytea         not null,
    meta_data           bytea,
    aggregate_type      varchar(255),
    aggregate_identifier varchar(255),
    sequence_number     bigint,
    token_type          varchar(255),
    token               bytea,
    enqueued_at         varchar(255)  not null,
    last_touched        varchar(255),
    processing_started  varchar(255),
    cause_type          varchar(255),
    cause_message       varchar(1023),
    diagnostics         bytea,
    constraint dead_letter_sequence_unique unique (processing_group, sequence_identifier, sequence_index)
);
create index dead_letter_group on dead_letter_entry (processing_group);
create index dead_letter_sequence on dead_letter_entry (processing_group, sequence_identifier);

-- Rebuilds of the search indices from the event store. While one runs, every node's live projection also writes
-- into its new indices (read from here), so the alias can be swapped without losing an event.
create table search_rebuild (
    rebuild_id      uuid          not null primary key,
    status          varchar(16)   not null,
    target_indices  varchar(2000) not null,
    started_by      varchar(64)   not null,
    started_at      timestamp with time zone not null,
    heartbeat_at    timestamp with time zone not null,
    finished_at     timestamp with time zone,
    up_to_position  bigint        not null,
    events_total    bigint        not null,
    events_done     bigint        not null,
    cases_failed    integer       not null default 0,
    failure         varchar(2000)
);
create index search_rebuild_status on search_rebuild (status);
