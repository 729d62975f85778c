-- Progress as of a status date (issue 6, ADR 0009): remaining work per task, and an append-only
-- history of every change to a task's progress fields, written by a trigger so that no path that
-- changes progress (API, import, demo data) can skip it. The writer names itself for the history with
-- set_config('sextant.actor', <username>, true) in its transaction; otherwise 'system' is recorded.

alter table wbs_task add column remaining_work_minutes bigint check (remaining_work_minutes >= 0);

create table task_progress (
    id                     bigint generated always as identity primary key,
    task_id                bigint      not null references wbs_task (id) on delete cascade,
    project_id             bigint      not null references project (id) on delete cascade,
    -- the project's status date when recorded (today when the project has none)
    status_date            date        not null,
    percent_complete       integer     not null,
    actual_start           timestamp,
    actual_finish          timestamp,
    remaining_work_minutes bigint,
    recorded_by            varchar(100) not null,
    recorded_at            timestamptz not null default now()
);
create index task_progress_task on task_progress (task_id, status_date, id);
create index task_progress_project on task_progress (project_id, status_date);

create function task_progress_record() returns trigger language plpgsql as $$
begin
    insert into task_progress (task_id, project_id, status_date, percent_complete, actual_start, actual_finish,
                               remaining_work_minutes, recorded_by)
    select new.id, new.project_id, coalesce(p.status_date, current_date), new.percent_complete, new.actual_start,
           new.actual_finish, new.remaining_work_minutes,
           coalesce(nullif(current_setting('sextant.actor', true), ''), 'system')
    from project p where p.id = new.project_id;
    return null;
end $$;

create trigger task_progress_on_insert after insert on wbs_task for each row
    when (new.percent_complete > 0 or new.actual_start is not null or new.remaining_work_minutes is not null)
    execute function task_progress_record();
create trigger task_progress_on_update after update on wbs_task for each row
    when ((old.percent_complete, old.actual_start, old.actual_finish, old.remaining_work_minutes)
          is distinct from
          (new.percent_complete, new.actual_start, new.actual_finish, new.remaining_work_minutes))
    execute function task_progress_record();

-- progress recorded before this history existed
insert into task_progress (task_id, project_id, status_date, percent_complete, actual_start, actual_finish,
                           remaining_work_minutes, recorded_by)
select t.id, t.project_id, coalesce(p.status_date, current_date), t.percent_complete, t.actual_start, t.actual_finish,
       t.remaining_work_minutes, 'migration'
from wbs_task t join project p on p.id = t.project_id
where t.percent_complete > 0 or t.actual_start is not null;
