-- The app nodes whose search projection runs, with their last heartbeat: each node claims its fair share of the
-- projection's segments (segments / live nodes), so that several nodes share the work (see SegmentBalancer).
create table projection_node (
    node_name varchar(255) not null primary key,
    seen_at   timestamp    not null
);
