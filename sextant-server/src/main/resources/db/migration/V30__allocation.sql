-- PMO allocations: a resource or generic role booked to a project for a period (issue 5)
create table allocation (
    id          bigint generated always as identity primary key,
    version     bigint         not null default 0,
    project_id  bigint         not null references project (id) on delete cascade,
    resource_id bigint         not null references resource (id),
    start_date  date           not null,
    finish_date date           not null,
    unit        varchar(10)    not null check (unit in ('HOURS', 'PERCENT')),
    amount      numeric(10, 2) not null check (amount > 0),
    firmness    varchar(10)    not null default 'SOFT' check (firmness in ('SOFT', 'HARD')),
    note        varchar(1000),
    created_at  timestamptz    not null default now(),
    updated_at  timestamptz    not null default now(),
    check (finish_date >= start_date)
);
create index allocation_project on allocation (project_id);
create index allocation_resource_period on allocation (resource_id, start_date, finish_date);
