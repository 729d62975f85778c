-- Costs (issue 6, ADR 0011): effective-dated cost rates, budget lines by category and month, expenses.

-- A resource's cost per hour from a day on; effective_from null = since always (the rate that applies before
-- any dated one). The rate in force on a day is the one with the latest effective_from on or before it.
create table resource_rate (
    id             bigint generated always as identity primary key,
    version        bigint         not null default 0,
    resource_id    bigint         not null references resource (id) on delete cascade,
    effective_from date,
    rate           numeric(12, 2) not null check (rate >= 0),
    created_at     timestamptz    not null default now(),
    updated_at     timestamptz    not null default now()
);
create unique index resource_rate_from on resource_rate (resource_id, effective_from) where effective_from is not null;
create unique index resource_rate_always on resource_rate (resource_id) where effective_from is null;

-- the single rate every resource had so far applies since always; resource.cost_rate now only prices
-- a resource that has no rate history at all
insert into resource_rate (resource_id, effective_from, rate)
select id, null, cost_rate from resource where cost_rate > 0;

-- What a project may spend, per cost category, capex or opex, and month.
create table budget_line (
    id           bigint generated always as identity primary key,
    version      bigint         not null default 0,
    project_id   bigint         not null references project (id),
    category     varchar(12)    not null check (category in ('LABOUR', 'MATERIALS', 'SERVICES', 'OTHER')),
    spend_type   varchar(5)     not null check (spend_type in ('CAPEX', 'OPEX')),
    period_start date           not null check (extract(day from period_start) = 1),
    amount       numeric(18, 2) not null check (amount >= 0),
    description  varchar(500),
    created_at   timestamptz    not null default now(),
    updated_at   timestamptz    not null default now()
);
create index budget_line_project on budget_line (project_id, period_start);

-- Money spent on a project (or one of its tasks) outside timesheets: invoices, purchases, travel. A deleted
-- task leaves its expenses on the project.
create table expense (
    id          bigint generated always as identity primary key,
    version     bigint         not null default 0,
    project_id  bigint         not null references project (id),
    task_id     bigint references wbs_task (id) on delete set null,
    incurred_on date           not null,
    category    varchar(12)    not null check (category in ('LABOUR', 'MATERIALS', 'SERVICES', 'OTHER')),
    spend_type  varchar(5)     not null check (spend_type in ('CAPEX', 'OPEX')),
    amount      numeric(18, 2) not null check (amount > 0),
    description varchar(500),
    created_at  timestamptz    not null default now(),
    updated_at  timestamptz    not null default now()
);
create index expense_project on expense (project_id, incurred_on);
