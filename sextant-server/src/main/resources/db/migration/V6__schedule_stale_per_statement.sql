-- Marking schedules stale once per statement instead of once per row (issue 4, ADR 0016): an import
-- writes thousands of tasks and links in a few multi-row statements, and a plpgsql call per row (with its
-- lookup of schedule_state) cost more than the rows themselves. The rule is V5's, unchanged: the projects
-- of inserted or deleted tasks, and the projects of the successors of inserted, updated or deleted links,
-- are marked stale in the writing transaction. Updates of a task's scheduling columns keep V31's
-- per-row trigger, whose WHEN clause a statement-level trigger cannot have. PostgreSQL does not allow
-- transition tables on a trigger for more than one event, hence one trigger per event. The successors'
-- projects are looked up one distinct successor at a time (a scalar subquery on the primary key): the
-- planner has no statistics on a transition table and would otherwise hash-join it with all of wbs_task;
-- a successor already deleted in the same statement's transaction marks nothing, as in V5.

drop trigger wbs_task_schedule_stale on wbs_task;

create function wbs_task_rows_schedule_stale() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform schedule_mark_stale(x.project_id) from (select distinct project_id from old_rows order by 1) x;
    else
        perform schedule_mark_stale(x.project_id) from (select distinct project_id from new_rows order by 1) x;
    end if;
    return null;
end $$;

create trigger wbs_task_schedule_stale_insert after insert on wbs_task
    referencing new table as new_rows for each statement execute function wbs_task_rows_schedule_stale();
create trigger wbs_task_schedule_stale_delete after delete on wbs_task
    referencing old table as old_rows for each statement execute function wbs_task_rows_schedule_stale();

drop trigger dependency_schedule_stale on dependency;

create function dependency_rows_schedule_stale() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform schedule_mark_stale(x.project_id) from (
            select distinct (select t.project_id from wbs_task t where t.id = n.successor_id) as project_id
            from (select distinct successor_id from new_rows) n order by 1) x
        where x.project_id is not null;
    elsif tg_op = 'DELETE' then
        perform schedule_mark_stale(x.project_id) from (
            select distinct (select t.project_id from wbs_task t where t.id = o.successor_id) as project_id
            from (select distinct successor_id from old_rows) o order by 1) x
        where x.project_id is not null;
    else
        perform schedule_mark_stale(x.project_id) from (
            select distinct (select t.project_id from wbs_task t where t.id = e.successor_id) as project_id
            from (select successor_id from old_rows union select successor_id from new_rows) e order by 1) x
        where x.project_id is not null;
    end if;
    return null;
end $$;

create trigger dependency_schedule_stale_insert after insert on dependency
    referencing new table as new_rows for each statement execute function dependency_rows_schedule_stale();
create trigger dependency_schedule_stale_update after update on dependency
    referencing old table as old_rows new table as new_rows
    for each statement execute function dependency_rows_schedule_stale();
create trigger dependency_schedule_stale_delete after delete on dependency
    referencing old table as old_rows for each statement execute function dependency_rows_schedule_stale();
