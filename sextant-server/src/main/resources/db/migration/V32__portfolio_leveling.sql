-- leveling of a portfolio scenario (issue 5, ADR 0017): the job levels a chosen set of the portfolio's
-- projects on their shared pool; the set is fixed when the job starts so acceptance checks the same projects
alter table leveling_job drop constraint leveling_job_scope_check;
alter table leveling_job add constraint leveling_job_scope_check check (scope in ('PROJECT', 'PROGRAM', 'PORTFOLIO'));
alter table leveling_job add column project_ids bigint[];
