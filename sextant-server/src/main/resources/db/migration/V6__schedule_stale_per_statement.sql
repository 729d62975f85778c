-- Marking schedules stale once per statement instead of once per row (issue 4, ADR 0016): an import
-- writes thousands of tasks and links in a few multi-row statements, and a plpgsql call per row (with its
-- lookup of schedule_state) cost more than the rows themselves. The rule is V5's, unchanged: the projects
-- of inserted or deleted tasks, and the projects of the successors of inserted, updated or deleted links,
-- are marked stale in the writing transaction. Updates of a task's scheduling columns keep V31's
-- per-row trigger, whose WHEN clause a statement-level trigger cannot have. PostgreSQL does not allow
-- transition tables on a trigger for more than one event, hence one trigger per event.

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
            select distinct t.project_id from new_rows n join wbs_task t on t.id = n.successor_id order by 1) x;
    elsif tg_op = 'DELETE' then
        perform schedule_mark_stale(x.project_id) from (
            select distinct t.project_id from old_rows o join wbs_task t on t.id = o.successor_id order by 1) x;
    else
        perform schedule_mark_stale(x.project_id) from (
            select t.project_id from old_rows o join wbs_task t on t.id = o.successor_id
            union
            select t.project_id from new_rows n join wbs_task t on t.id = n.successor_id order by 1) x;
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
