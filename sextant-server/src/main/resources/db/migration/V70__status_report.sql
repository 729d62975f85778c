-- Status reports (issue 6, ADR 0013): the PMO's health thresholds and each project's reports per
-- period. A submitted report is a record of what was said: a trigger refuses every update of a
-- submitted row, so not even a bug or a hand-written statement can change it afterwards.

-- One organisation-wide set of limits the health suggestions are computed against.
create table health_thresholds (
    id                  integer       primary key default 1 check (id = 1),
    version             bigint        not null default 0,
    -- schedule and cost performance index: below amber is amber, below red is red
    spi_amber           numeric(5, 3) not null default 0.95,
    spi_red             numeric(5, 3) not null default 0.85,
    cpi_amber           numeric(5, 3) not null default 0.95,
    cpi_red             numeric(5, 3) not null default 0.85,
    -- the worst milestone's finish slip against baseline 0, in working days: at or above is amber / red
    slip_amber_days     integer       not null default 3,
    slip_red_days       integer       not null default 10,
    -- overdue tasks, counted or as a percentage of open tasks: at or above is amber / red
    overdue_unit        varchar(10)   not null default 'PERCENT' check (overdue_unit in ('COUNT', 'PERCENT')),
    overdue_amber       integer       not null default 5,
    overdue_red         integer       not null default 15,
    -- tasks added or removed since baseline 0, as a percentage of its tasks: at or above is amber / red
    scope_amber_percent integer       not null default 5,
    scope_red_percent   integer       not null default 15,
    updated_at          timestamptz   not null default now(),
    updated_by          varchar(100)  not null default 'system'
);
insert into health_thresholds (id) values (1);

create table status_report (
    id                bigint generated always as identity primary key,
    version           bigint        not null default 0,
    project_id        bigint        not null references project (id) on delete cascade,
    period            varchar(10)   not null check (period in ('WEEKLY', 'MONTHLY')),
    -- the status date the report speaks for
    period_end        date          not null,
    state             varchar(10)   not null default 'DRAFT' check (state in ('DRAFT', 'SUBMITTED')),
    schedule_suggested varchar(5)   not null,
    schedule_because   text         not null,
    schedule_value     varchar(5)   not null,
    schedule_reason    text,
    cost_suggested     varchar(5)   not null,
    cost_because       text         not null,
    cost_value         varchar(5)   not null,
    cost_reason        text,
    scope_suggested    varchar(5)   not null,
    scope_because      text         not null,
    scope_value        varchar(5)   not null,
    scope_reason       text,
    risk_suggested     varchar(5)   not null,
    risk_because       text         not null,
    risk_value         varchar(5)   not null,
    risk_reason        text,
    overall_suggested  varchar(5)   not null,
    overall_because    text         not null,
    overall_value      varchar(5)   not null,
    overall_reason     text,
    summary           text,
    accomplishments   text,
    next_steps        text,
    help_needed       text,
    -- the figures the suggestions were computed from (SPI, CPI, slipped milestones, overdue tasks, scope changes)
    evidence          jsonb         not null,
    created_at        timestamptz   not null default now(),
    created_by        varchar(100)  not null,
    updated_at        timestamptz   not null default now(),
    updated_by        varchar(100)  not null,
    submitted_at      timestamptz,
    submitted_by      varchar(100),
    unique (project_id, period_end),
    check ((state = 'SUBMITTED') = (submitted_at is not null)),
    -- a health value that differs from its suggestion carries the reason
    check (schedule_value = schedule_suggested or coalesce(btrim(schedule_reason), '') <> ''),
    check (cost_value = cost_suggested or coalesce(btrim(cost_reason), '') <> ''),
    check (scope_value = scope_suggested or coalesce(btrim(scope_reason), '') <> ''),
    check (risk_value = risk_suggested or coalesce(btrim(risk_reason), '') <> ''),
    check (overall_value = overall_suggested or coalesce(btrim(overall_reason), '') <> '')
);
create index status_report_latest on status_report (project_id, period_end desc) where state = 'SUBMITTED';
-- at most one draft per project
create unique index status_report_one_draft on status_report (project_id) where state = 'DRAFT';

create function status_report_submitted_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'status report % is submitted and cannot be changed', old.id
        using errcode = 'integrity_constraint_violation';
end
$$;
create trigger status_report_immutable_once_submitted
    before update on status_report
    for each row when (old.state = 'SUBMITTED')
    execute function status_report_submitted_is_immutable();
