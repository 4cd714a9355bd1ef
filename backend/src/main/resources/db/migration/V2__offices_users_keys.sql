create table office (
    code    varchar(8)   primary key,
    name    varchar(100) not null,
    country char(2)      not null
);

insert into office (code, name, country) values
    ('JKT', 'Jakarta', 'ID'),
    ('NBO', 'Nairobi', 'KE'),
    ('KLA', 'Kampala', 'UG'),
    ('ADD', 'Addis Ababa', 'ET'),
    ('MNL', 'Manila', 'PH');

create table app_user (
    username      varchar(64)  primary key,
    password_hash varchar(255) not null,
    display_name  varchar(100) not null,
    enabled       boolean      not null default true
);

create table app_user_role (
    username varchar(64) not null references app_user (username) on delete cascade,
    role     varchar(16) not null,
    primary key (username, role)
);

create table app_user_office (
    username    varchar(64) not null references app_user (username) on delete cascade,
    office_code varchar(8)  not null references office (code),
    primary key (username, office_code)
);

-- Human-readable case references per office and year: JKT-2026-00042.
create table case_reference_counter (
    office_code varchar(8) not null references office (code),
    referral_year integer  not null,
    last_value  integer    not null,
    primary key (office_code, referral_year)
);

-- One key per case, wrapped by the master key (which is never stored in the database).
create table personal_data_key (
    case_id     varchar(36) primary key,
    key_id      varchar(36) not null,
    wrapped_key bytea       not null,
    created_at  timestamp with time zone not null
);
