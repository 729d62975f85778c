-- Actual work per assignment (issues 4 and 6): approved timesheet hours add to it, imported files set it.
-- Planned and actual cost as a file stated them (MS Project / P6 assignment cost); null when not imported,
-- in which case the cost module prices work at the resource's rates.
alter table assignment
    add column actual_work_minutes bigint not null default 0 check (actual_work_minutes >= 0),
    add column planned_cost numeric(18, 2) check (planned_cost >= 0),
    add column actual_cost  numeric(18, 2) check (actual_cost >= 0);
