-- Scheduled results per task and the schedule state per project (issue 3, ADR 0007).
-- A change to a project's tasks, links, calendars or scheduling fields marks its schedule stale in the
-- writing transaction (triggers below); the server reschedules the projects marked stale by a
-- transaction just before that transaction commits (org.sextant.schedule.internal.RescheduleBeforeCommit).

create table schedule_state (
    project_id     bigint primary key references project (id) on delete cascade,
    stale          boolean     not null default true,
    -- the transaction that last marked it stale (txid_current()), so that one rescheduled at its commit
    stale_tx       bigint,
    stale_since    timestamptz,
    scheduled_at   timestamptz,
    start_at       timestamp,
    finish_at      timestamp,
    critical_tasks integer     not null default 0,
    -- {"kind":"CYCLE"|"CONFLICT"|"INVALID","message":"...","tasks":[{"taskId":1,"name":"...","detail":"..."}]}
    problem        jsonb
);
create index schedule_state_stale on schedule_state (stale_tx) where stale;

create table task_schedule (
    task_id                 bigint primary key references wbs_task (id) on delete cascade,
    project_id              bigint    not null references project (id) on delete cascade,
    early_start             timestamp not null,
    early_finish            timestamp not null,
    late_start              timestamp not null,
    late_finish             timestamp not null,
    total_float_minutes     bigint    not null,
    free_float_minutes      bigint    not null,
    critical                boolean   not null,
    driving_predecessor_ids bigint[]  not null default '{}'
);
create index task_schedule_project on task_schedule (project_id);

create function schedule_mark_stale(p bigint) returns void language plpgsql as $$
begin
    if exists (select 1 from schedule_state where project_id = p and stale and stale_tx = txid_current()) then
        return;
    end if;
    insert into schedule_state (project_id, stale, stale_tx, stale_since)
    values (p, true, txid_current(), now())
    on conflict (project_id) do update set stale = true, stale_tx = excluded.stale_tx,
        stale_since = case when schedule_state.stale then schedule_state.stale_since else excluded.stale_since end;
end $$;

create function wbs_task_schedule_stale() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform schedule_mark_stale(old.project_id);
        return old;
    end if;
    perform schedule_mark_stale(new.project_id);
    if tg_op = 'UPDATE' and old.project_id <> new.project_id then
        perform schedule_mark_stale(old.project_id);
    end if;
    return new;
end $$;

create trigger wbs_task_schedule_stale after insert or delete on wbs_task
    for each row execute function wbs_task_schedule_stale();
-- planned dates, names and notes do not change the schedule (the scheduler itself writes planned dates)
create trigger wbs_task_schedule_stale_update after update on wbs_task for each row
    when ((old.project_id, old.parent_id, old.kind, old.sort_order, old.duration_minutes, old.percent_complete,
           old.actual_start, old.actual_finish, old.constraint_type, old.constraint_date, old.deadline, old.calendar_id)
          is distinct from
          (new.project_id, new.parent_id, new.kind, new.sort_order, new.duration_minutes, new.percent_complete,
           new.actual_start, new.actual_finish, new.constraint_type, new.constraint_date, new.deadline, new.calendar_id))
    execute function wbs_task_schedule_stale();

create function dependency_schedule_stale() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform schedule_mark_stale(t.project_id) from wbs_task t where t.id = old.successor_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform schedule_mark_stale(t.project_id) from wbs_task t where t.id = new.successor_id;
    end if;
    return null;
end $$;

create trigger dependency_schedule_stale after insert or update or delete on dependency
    for each row execute function dependency_schedule_stale();

-- every project that uses calendar c, directly or through a calendar derived from it, on itself or a task
create function schedule_calendar_changed(c bigint) returns void language plpgsql as $$
begin
    perform schedule_mark_stale(x.project_id) from (
        with recursive cals(id) as (
            select c
            union
            select k.id from calendar k join cals on k.base_calendar_id = cals.id)
        select p.id as project_id from project p where p.calendar_id in (select id from cals)
        union
        select t.project_id from wbs_task t where t.calendar_id in (select id from cals)) x;
end $$;

create function calendar_schedule_stale() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'calendar' then
        perform schedule_calendar_changed(case when tg_op = 'DELETE' then old.id else new.id end);
    else
        if tg_op in ('UPDATE', 'DELETE') then
            perform schedule_calendar_changed(old.calendar_id);
        end if;
        if tg_op in ('INSERT', 'UPDATE') then
            perform schedule_calendar_changed(new.calendar_id);
        end if;
    end if;
    return null;
end $$;

create trigger calendar_schedule_stale after update or delete on calendar
    for each row execute function calendar_schedule_stale();
create trigger calendar_exception_schedule_stale after insert or update or delete on calendar_exception
    for each row execute function calendar_schedule_stale();

-- the project's own scheduling fields: start, calendar and status date
create function project_schedule_stale() returns trigger language plpgsql as $$
begin
    if exists (select 1 from wbs_task where project_id = new.id) then
        perform schedule_mark_stale(new.id);
    end if;
    return null;
end $$;

create trigger project_schedule_stale after update on project for each row
    when ((old.planned_start, old.calendar_id, old.status_date) is distinct from
          (new.planned_start, new.calendar_id, new.status_date))
    execute function project_schedule_stale();
