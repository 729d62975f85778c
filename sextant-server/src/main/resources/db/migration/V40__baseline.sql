-- Baselines (issue 6, ADR 0009): up to eleven saved copies (numbers 0..10) of a project's scheduled
-- plan. A baseline keeps each task's name, place in the WBS and planned values as they were when it
-- was saved, so tasks deleted since stay comparable; baseline_task has no foreign key to wbs_task.

create table baseline (
    id          bigint generated always as identity primary key,
    version     bigint       not null default 0,
    project_id  bigint       not null references project (id) on delete cascade,
    number      integer      not null check (number between 0 and 10),
    name        varchar(200) not null,
    saved_at    timestamptz  not null default now(),
    saved_by    varchar(100) not null,
    -- the project's status date when the baseline was saved
    status_date date,
    task_count  integer      not null default 0,
    unique (project_id, number)
);

create table baseline_task (
    baseline_id      bigint        not null references baseline (id) on delete cascade,
    task_id          bigint        not null,
    parent_id        bigint,
    wbs_code         varchar(50),
    name             varchar(300)  not null,
    sort_order       integer       not null,
    start_at         timestamp,
    finish_at        timestamp,
    duration_minutes bigint        not null,
    work_minutes     bigint        not null,
    cost             numeric(18, 2) not null default 0,
    milestone        boolean       not null,
    summary          boolean       not null,
    primary key (baseline_id, task_id)
);
