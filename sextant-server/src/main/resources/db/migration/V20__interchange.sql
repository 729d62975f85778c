-- interchange (feature package org.sextant.transfer): import jobs and what the schedule tables do not hold
create table import_job (
    id          bigint generated always as identity primary key,
    created_by  bigint       not null references app_user (id),
    file_name   varchar(300) not null,
    content     bytea,
    -- the file as read (interchange document model, JSON), so importing does not parse it again
    document    text,
    status      varchar(20)  not null,
    progress    integer      not null default 0 check (progress between 0 and 100),
    format      varchar(30),
    -- counts per project and warnings, as JSON
    preview     jsonb,
    problem     varchar(40),
    message     text,
    project_ids jsonb,
    program_id  bigint,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now()
);
create index import_job_creator on import_job (created_by, id);

-- baselines, cost and custom fields of imported tasks (kept for export and for later features)
create table imported_task_detail (
    task_id    bigint primary key references wbs_task (id) on delete cascade,
    cost       numeric(16, 2),
    baselines  jsonb,
    attributes jsonb
);
