-- Portfolio snapshots: the whole portfolio as known on a date, replayed from the event store into indices of its
-- own that nothing writes to afterwards, so that an evaluation's figures can be computed again years later.
create table portfolio_snapshot (
    snapshot_id      uuid          not null primary key,
    name             varchar(100)  not null,
    -- the name in lower case: names are unique whatever their case (a column, as H2 has no index on lower(name))
    name_key         varchar(100)  not null unique,
    as_known_on      date          not null,
    -- the newest event stored when the build began: later events are never part of it, whatever their time
    up_to_position   bigint        not null,
    status           varchar(16)   not null,
    -- family=index pairs, comma-separated
    indices          varchar(1000) not null,
    scored_with      varchar(64)   not null,
    built_by         varchar(64)   not null,
    started_at       timestamp with time zone not null,
    heartbeat_at     timestamp with time zone not null,
    finished_at      timestamp with time zone,
    events_total     bigint        not null default 0,
    events_read      bigint        not null default 0,
    events_included  bigint        not null default 0,
    cases            bigint        not null default 0,
    cases_failed     integer       not null default 0,
    failure          varchar(2000)
);
