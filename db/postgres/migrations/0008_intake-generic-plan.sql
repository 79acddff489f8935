-- The intake function's statements take arrays whose length is the batch's, and PL/pgSQL planned each of them afresh
-- on every call (a custom plan for each set of arguments) until it judged the generic plan no worse. The generic plans
-- are the same index lookups whatever the batch, and planning was most of a small batch's cost: a batch of one took
-- 0.73 ms of PostgreSQL's time before and 0.27 ms after, a batch of 200 6.1 and 5.9 ms (pgbench, this 2-core box).
-- Most batches are small: a node off its peak sends its reports one or a few at a time.
ALTER FUNCTION downwire_admit_reports(bigint, bigint, integer, bigint, integer, bigint, integer[], text[], text[], bigint[], bigint[], bigint[])
  SET plan_cache_mode = force_generic_plan;
