-- Timesheets (issue 6, ADR 0012): one per user and week (starting Monday). Its hours are grouped per
-- project into parts; each part is submitted, then approved (locked) or rejected by that project's
-- manager. Approved entries are the actual work the cost and earned-value features read.

create table timesheet (
    id          bigint generated always as identity primary key,
    version     bigint      not null default 0,
    user_id     bigint      not null references app_user (id),
    -- the user's resource when the timesheet was started: approved hours become its actual work
    resource_id bigint      not null references resource (id),
    week_start  date        not null check (extract(isodow from week_start) = 1),
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    unique (user_id, week_start)
);

create table timesheet_part (
    id           bigint generated always as identity primary key,
    version      bigint        not null default 0,
    timesheet_id bigint        not null references timesheet (id) on delete cascade,
    project_id   bigint        not null references project (id),
    state        varchar(10)   not null default 'DRAFT'
        check (state in ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED')),
    submitted_at timestamptz,
    decided_at   timestamptz,
    decided_by   varchar(100),
    reason       varchar(1000),
    check (state <> 'REJECTED' or reason is not null),
    unique (timesheet_id, project_id)
);
create index timesheet_part_project_state on timesheet_part (project_id, state);

create table timesheet_row (
    id         bigint generated always as identity primary key,
    part_id    bigint       not null references timesheet_part (id) on delete cascade,
    task_id    bigint       not null references wbs_task (id),
    sort_order integer      not null default 0,
    comment    varchar(500),
    unique (part_id, task_id)
);
create index timesheet_row_task on timesheet_row (task_id);

-- only days with time are stored; quarter hours, at most a day
create table timesheet_entry (
    row_id  bigint  not null references timesheet_row (id) on delete cascade,
    day     date    not null,
    minutes integer not null check (minutes > 0 and minutes <= 1440 and minutes % 15 = 0),
    primary key (row_id, day)
);
