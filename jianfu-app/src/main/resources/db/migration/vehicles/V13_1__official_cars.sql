-- 公务用车: each unit's vehicles and drivers, and the car requests made by its people.
create schema if not exists vehicles;
-- btree_gist lets one exclusion constraint combine "same vehicle" (=) with "overlapping time" (&&).
create extension if not exists btree_gist;

create table vehicles.vehicle (
    id         bigserial primary key,
    unit_id    bigint  not null references organization.unit (id),
    plate      text    not null unique,
    model      text    not null,
    seats      int     not null check (seats between 2 and 60),
    active     boolean not null default true
);
create index vehicle_unit on vehicles.vehicle (unit_id);

create table vehicles.driver (
    id         bigserial primary key,
    unit_id    bigint  not null references organization.unit (id),
    name       text    not null,
    phone      text    not null,
    active     boolean not null default true
);
create index driver_unit on vehicles.driver (unit_id);

create table vehicles.car_request (
    id                bigserial primary key,
    -- the unit whose leader approves and whose clerk dispatches (a village uses its township's cars)
    unit_id           bigint      not null references organization.unit (id),
    requester_id      bigint      not null references identity.account (id),
    requester_unit_id bigint      not null references organization.unit (id),
    purpose           text        not null check (length(purpose) between 2 and 200),
    starts_at         timestamptz not null,
    ends_at           timestamptz not null,
    from_place        text        not null,
    to_place          text        not null,
    passengers        int         not null check (passengers between 1 and 60),
    state             text        not null check (state in ('SUBMITTED', 'APPROVED', 'REJECTED', 'DISPATCHED', 'RETURNED', 'CANCELLED')),
    decided_by        bigint      references identity.account (id),
    decided_at        timestamptz,
    decision_note     text,
    vehicle_id        bigint      references vehicles.vehicle (id),
    driver_id         bigint      references vehicles.driver (id),
    dispatched_by     bigint      references identity.account (id),
    dispatched_at     timestamptz,
    returned_at       timestamptz,
    km                int         check (km between 0 and 5000),
    -- set by the phone for forms queued offline: a replayed submission finds its first copy
    client_key        text        unique,
    created_at        timestamptz not null default now(),
    check (ends_at > starts_at),
    check (state not in ('DISPATCHED', 'RETURNED') or (vehicle_id is not null and driver_id is not null)),
    -- no vehicle and no driver on two trips at once, whatever the application code does
    constraint no_double_booked_vehicle exclude using gist
        (vehicle_id with =, tstzrange(starts_at, ends_at) with &&) where (state in ('DISPATCHED', 'RETURNED')),
    constraint no_double_booked_driver exclude using gist
        (driver_id with =, tstzrange(starts_at, ends_at) with &&) where (state in ('DISPATCHED', 'RETURNED'))
);
create index car_request_unit_state on vehicles.car_request (unit_id, state);
create index car_request_requester on vehicles.car_request (requester_id, created_at desc);
