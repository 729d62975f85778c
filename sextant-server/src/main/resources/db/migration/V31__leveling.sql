-- leveling (issue 5): an accepted leveling proposal is kept as each delayed task's "leveling start", the
-- earliest start the scheduler gives the task on top of its links and constraint (ADR 0010)
alter table wbs_task add column leveling_start timestamp;

drop trigger wbs_task_schedule_stale_update on wbs_task;
create trigger wbs_task_schedule_stale_update after update on wbs_task for each row
    when ((old.project_id, old.parent_id, old.kind, old.sort_order, old.duration_minutes, old.percent_complete,
           old.actual_start, old.actual_finish, old.constraint_type, old.constraint_date, old.deadline, old.calendar_id,
           old.leveling_start)
          is distinct from
          (new.project_id, new.parent_id, new.kind, new.sort_order, new.duration_minutes, new.percent_complete,
           new.actual_start, new.actual_finish, new.constraint_type, new.constraint_date, new.deadline, new.calendar_id,
           new.leveling_start))
    execute function wbs_task_schedule_stale();

-- leveling jobs: kept in the database so any replica serves progress and the proposal
create table leveling_job (
    id          bigint generated always as identity primary key,
    scope       varchar(10)  not null check (scope in ('PROJECT', 'PROGRAM')),
    scope_id    bigint       not null,
    created_by  bigint       not null references app_user (id),
    status      varchar(20)  not null,
    progress    integer      not null default 0 check (progress between 0 and 100),
    options     jsonb        not null,
    -- md5 over the versions of the scope's tasks, links and assignments when the proposal was computed
    fingerprint varchar(64),
    proposal    jsonb,
    message     text,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now()
);
create index leveling_job_scope on leveling_job (scope, scope_id, id);

-- absences of resources (vacations, training, sickness): whole days, or some hours of each working day
create table resource_absence (
    id          bigint generated always as identity primary key,
    version     bigint        not null default 0,
    resource_id bigint        not null references resource (id) on delete cascade,
    start_date  date          not null,
    finish_date date          not null,
    hours       numeric(4, 2) check (hours is null or (hours > 0 and hours <= 24)),
    reason      varchar(200),
    created_at  timestamptz   not null default now(),
    updated_at  timestamptz   not null default now(),
    check (finish_date >= start_date)
);
create index resource_absence_resource on resource_absence (resource_id, start_date);
