-- The progress history of inserted tasks (V41) written by one statement per insert statement instead
-- of one per row (issue 4, ADR 0016): an import inserts thousands of tasks, many of them with progress,
-- in a few multi-row statements. Same rows as V41's per-row trigger, in task order. Updates keep V41's
-- per-row trigger, whose WHEN clause (which fields changed) a statement-level trigger cannot have.
drop trigger task_progress_on_insert on wbs_task;

create function task_progress_record_inserted() returns trigger language plpgsql as $$
begin
    insert into task_progress (task_id, project_id, status_date, percent_complete, actual_start, actual_finish,
                               remaining_work_minutes, recorded_by)
    select n.id, n.project_id,
           coalesce((select p.status_date from project p where p.id = n.project_id), current_date),
           n.percent_complete, n.actual_start, n.actual_finish, n.remaining_work_minutes,
           coalesce(nullif(current_setting('sextant.actor', true), ''), 'system')
    from new_rows n
    where n.percent_complete > 0 or n.actual_start is not null or n.remaining_work_minutes is not null
    order by n.id;
    return null;
end $$;

create trigger task_progress_on_insert after insert on wbs_task
    referencing new table as new_rows for each statement execute function task_progress_record_inserted();
