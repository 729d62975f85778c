-- Sextant foundation schema. Shaped for the whole roadmap (docs/adr/0003-schema.md): every business
-- table has a bigint identity id, an optimistic-lock version, and created/updated timestamps.
-- Features own their tables; other features reach them only through the owning feature's API.

-- identity -------------------------------------------------------------------------------------
create table department (
    id          bigint generated always as identity primary key,
    version     bigint      not null default 0,
    code        varchar(20) not null unique,
    name        varchar(200) not null unique,
    description text,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);

create table app_user (
    id            bigint generated always as identity primary key,
    version       bigint       not null default 0,
    username      varchar(100) not null unique,
    email         varchar(254) not null unique,
    display_name  varchar(200) not null,
    password_hash varchar(200),
    roles         varchar(30)[] not null,
    department_id bigint references department (id),
    active        boolean      not null default true,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    constraint app_user_has_role check (cardinality(roles) > 0)
);

create table api_token (
    id           bigint generated always as identity primary key,
    user_id      bigint       not null references app_user (id) on delete cascade,
    name         varchar(100) not null,
    token_hash   varchar(100) not null unique,
    token_prefix varchar(12)  not null,
    created_at   timestamptz  not null default now(),
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked      boolean      not null default false
);

-- calendars (schedule) -------------------------------------------------------------------------
create table calendar (
    id               bigint generated always as identity primary key,
    version          bigint       not null default 0,
    name             varchar(200) not null,
    base_calendar_id bigint references calendar (id),
    -- {"MONDAY":[{"start":"08:00","end":"12:00"},...],...}; a day absent or [] is non-working.
    -- null in a derived calendar: the base calendar's week applies.
    work_week        jsonb,
    minutes_per_day  integer      not null default 480 check (minutes_per_day between 1 and 1440),
    minutes_per_week integer      not null default 2400 check (minutes_per_week between 1 and 10080),
    days_per_month   integer      not null default 20 check (days_per_month between 1 and 31),
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    constraint calendar_not_own_base check (base_calendar_id is null or base_calendar_id <> id)
);

create table calendar_exception (
    id          bigint generated always as identity primary key,
    calendar_id bigint       not null references calendar (id) on delete cascade,
    name        varchar(200) not null,
    start_date  date         not null,
    finish_date date         not null,
    working     boolean      not null default false,
    -- working intervals on working exception days, same shape as one work_week day
    intervals   jsonb,
    -- optional recurrence {"type":"YEARLY","interval":1,"occurrences":10,...}
    recurrence  jsonb,
    constraint calendar_exception_dates check (finish_date >= start_date)
);
create index calendar_exception_calendar on calendar_exception (calendar_id);

-- portfolio / program / project ----------------------------------------------------------------
create table portfolio (
    id            bigint generated always as identity primary key,
    version       bigint       not null default 0,
    name          varchar(200) not null unique,
    description   text,
    owner_user_id bigint references app_user (id),
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now()
);

create table program (
    id              bigint generated always as identity primary key,
    version         bigint       not null default 0,
    portfolio_id    bigint       not null references portfolio (id),
    name            varchar(200) not null,
    description     text,
    manager_user_id bigint references app_user (id),
    sponsor         varchar(200),
    start_date      date,
    finish_date     date,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    unique (portfolio_id, name),
    constraint program_dates check (finish_date is null or start_date is null or finish_date >= start_date)
);

create table project (
    id                bigint generated always as identity primary key,
    version           bigint        not null default 0,
    code              varchar(30)   not null unique,
    name              varchar(200)  not null,
    objective         text,
    description       text,
    statement_of_work text,
    client            varchar(200),
    sponsor           varchar(200),
    manager_user_id   bigint references app_user (id),
    portfolio_id      bigint        not null references portfolio (id),
    program_id        bigint references program (id),
    phase             varchar(20)   not null default 'INITIATION',
    status            varchar(20)   not null default 'ACTIVE',
    priority          integer       not null default 500 check (priority between 0 and 1000),
    planned_start     date          not null,
    planned_finish    date          not null,
    budget            numeric(18, 2) not null default 0 check (budget >= 0),
    actual_cost       numeric(18, 2) not null default 0 check (actual_cost >= 0),
    currency          char(3)       not null default 'EUR',
    calendar_id       bigint references calendar (id),
    status_date       date,
    created_at        timestamptz   not null default now(),
    updated_at        timestamptz   not null default now(),
    constraint project_dates check (planned_finish >= planned_start)
);
create index project_program on project (program_id);
create index project_manager on project (manager_user_id);

create table stakeholder (
    id                       bigint generated always as identity primary key,
    version                  bigint       not null default 0,
    project_id               bigint       not null references project (id),
    name                     varchar(200) not null,
    organisation             varchar(200),
    role                     varchar(200),
    email                    varchar(254),
    interest                 varchar(10)  not null default 'MEDIUM',
    influence                varchar(10)  not null default 'MEDIUM',
    communication_preference varchar(500),
    notes                    text,
    created_at               timestamptz  not null default now(),
    updated_at               timestamptz  not null default now()
);
create index stakeholder_project on stakeholder (project_id);

-- WBS and schedule -----------------------------------------------------------------------------
create table wbs_task (
    id               bigint generated always as identity primary key,
    version          bigint       not null default 0,
    project_id       bigint       not null references project (id),
    parent_id        bigint references wbs_task (id),
    wbs_code         varchar(50),
    name             varchar(300) not null,
    kind             varchar(20)  not null default 'TASK',
    sort_order       integer      not null default 0,
    duration_minutes bigint       not null default 0 check (duration_minutes >= 0),
    work_minutes     bigint       not null default 0 check (work_minutes >= 0),
    planned_start    timestamp,
    planned_finish   timestamp,
    percent_complete integer      not null default 0 check (percent_complete between 0 and 100),
    actual_start     timestamp,
    actual_finish    timestamp,
    constraint_type  varchar(10)  not null default 'ASAP',
    constraint_date  timestamp,
    deadline         timestamp,
    calendar_id      bigint references calendar (id),
    priority         integer      not null default 500 check (priority between 0 and 1000),
    notes            text,
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    constraint wbs_task_not_own_parent check (parent_id is null or parent_id <> id),
    constraint wbs_task_dates check (planned_finish is null or planned_start is null or planned_finish >= planned_start),
    constraint wbs_task_actual_dates check (actual_finish is null or actual_start is null or actual_finish >= actual_start)
);
create index wbs_task_project on wbs_task (project_id, sort_order);
create index wbs_task_parent on wbs_task (parent_id);

create table dependency (
    id             bigint generated always as identity primary key,
    version        bigint      not null default 0,
    predecessor_id bigint      not null references wbs_task (id),
    successor_id   bigint      not null references wbs_task (id),
    type           varchar(2)  not null default 'FS',
    lag_minutes    bigint      not null default 0,
    lag_format     varchar(10) not null default 'WORKING',
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    unique (predecessor_id, successor_id),
    constraint dependency_not_self check (predecessor_id <> successor_id)
);
create index dependency_successor on dependency (successor_id);

-- resources ------------------------------------------------------------------------------------
create table skill (
    id         bigint generated always as identity primary key,
    version    bigint       not null default 0,
    name       varchar(100) not null unique,
    category   varchar(100),
    created_at timestamptz  not null default now(),
    updated_at timestamptz  not null default now()
);

create table resource (
    id               bigint generated always as identity primary key,
    version          bigint        not null default 0,
    name             varchar(200)  not null,
    kind             varchar(20)   not null default 'PERSON',
    email            varchar(254),
    user_id          bigint unique references app_user (id),
    department_id    bigint references department (id),
    cost_rate        numeric(12, 2) not null default 0 check (cost_rate >= 0),
    currency         char(3)       not null default 'EUR',
    max_units        numeric(6, 2) not null default 1.0 check (max_units > 0),
    calendar_id      bigint references calendar (id),
    employment_start date,
    employment_end   date,
    active           boolean       not null default true,
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now()
);
create index resource_department on resource (department_id);

create table resource_skill (
    resource_id bigint  not null references resource (id) on delete cascade,
    skill_id    bigint  not null references skill (id),
    proficiency integer not null default 3 check (proficiency between 1 and 5),
    primary key (resource_id, skill_id)
);

create table assignment (
    id           bigint generated always as identity primary key,
    version      bigint        not null default 0,
    task_id      bigint        not null references wbs_task (id),
    resource_id  bigint        not null references resource (id),
    units        numeric(6, 2) not null default 1.0 check (units > 0),
    work_minutes bigint        not null default 0 check (work_minutes >= 0),
    created_at   timestamptz   not null default now(),
    updated_at   timestamptz   not null default now(),
    unique (task_id, resource_id)
);
create index assignment_resource on assignment (resource_id);

-- audit ----------------------------------------------------------------------------------------
create table audit_event (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz  not null default now(),
    actor       varchar(100) not null,
    action      varchar(10)  not null,
    entity_type varchar(50)  not null,
    entity_id   varchar(50)  not null,
    project_id  bigint,
    -- {"field": {"from": ..., "to": ...}, ...}
    changes     jsonb        not null
);
create index audit_event_entity on audit_event (entity_type, entity_id, id);
create index audit_event_project on audit_event (project_id, id);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op;
end
$$;
create trigger audit_event_append_only
    before update or delete or truncate on audit_event
    for each statement execute function audit_event_is_append_only();
