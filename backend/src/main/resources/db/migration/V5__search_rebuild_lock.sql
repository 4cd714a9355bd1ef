-- One row that a node starting a rebuild locks (select … for update), so that two nodes never start one together.
create table search_rebuild_lock (
    lock_id integer not null primary key
);
insert into search_rebuild_lock (lock_id) values (1);
