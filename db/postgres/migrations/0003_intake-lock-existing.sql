-- Intake without placeholder rows for new keys: the same rules in the same order as 0001 (see its comments), but a key
-- is written once per counted report instead of twice, which was a fifth of PostgreSQL's work per report. The lone
-- reports' decision reads the keys locked at the start; a key another batch inserted in between fails the call with
-- serialization_failure, and the node retries it.
CREATE OR REPLACE FUNCTION downwire_admit_reports(
  p_now bigint,
  p_dedupe_ms bigint,
  p_burst_limit integer,
  p_burst_ms bigint,
  p_network_limit integer,
  p_network_ms bigint,
  p_service integer[],
  p_problem text[],
  p_country text[],
  p_reporter bigint[],
  p_client bigint[],
  p_network bigint[],
  OUT outcomes smallint[],
  OUT retry_ms integer[]
) LANGUAGE plpgsql AS $$
DECLARE
  n integer := coalesce(cardinality(p_service), 0);
  counted integer[] := '{}';
  shared integer[];
  lone_i integer[];
  lone_o smallint[];
  lone_retry integer[];
  j integer;
  i integer;
  seen bigint[];
  client_recent bigint[];
  network_recent bigint[];
  t bigint := p_now;
  todo integer[];
  ids bigint[] := '{}';
  id_reporters bigint[] := '{}';
  got_ids bigint[];
  got_reporters bigint[];
  race_count bigint;
  known bigint[];
  shared_keys bigint[];
BEGIN
  outcomes := array_fill(0::smallint, ARRAY[n]);
  retry_ms := array_fill(0, ARRAY[n]);
  IF n = 0 THEN
    RETURN;
  END IF;
  -- Keys already remembered are locked first, sorted (every batch locks in the same order). Keys never seen are not
  -- written ahead as placeholders any more (that wrote every new key twice, the placeholder and then its hits): a lone
  -- report's new keys are inserted once, with their hits, and if another batch inserted one of them meanwhile the
  -- decision was made without its hits, so the whole call fails with serialization_failure (nothing written) and the
  -- node retries it (PostgresReportStore.admit), now seeing that batch's row.
  SELECT coalesce(array_agg(l.key), '{}') INTO known FROM (
    SELECT key FROM intake_keys WHERE key = ANY(p_reporter || p_client || p_network) ORDER BY key FOR UPDATE
  ) AS l;

  -- Reports that share no key (reporter, client, network) with another of the batch are independent of each other:
  -- decided and remembered together, in one statement. Usually that is all of them.
  WITH batch AS (
    SELECT u.i::integer AS i, u.r, u.c, u.n,
      count(*) OVER (PARTITION BY u.r) AS nr, count(*) OVER (PARTITION BY u.c) AS nc, count(*) OVER (PARTITION BY u.n) AS nn
    FROM unnest(p_reporter, p_client, p_network) WITH ORDINALITY AS u(r, c, n, i)
  ),
  lone AS (
    SELECT b.i, b.r, b.c, b.n,
      (SELECT k.hits[cardinality(k.hits)] FROM intake_keys AS k WHERE k.key = b.r) AS seen,
      -- Stored hits are ascending, so the ones still inside a window are a tail.
      coalesce((SELECT array(SELECT h FROM unnest(k.hits) AS h WHERE h > p_now - p_burst_ms) FROM intake_keys AS k WHERE k.key = b.c), '{}') AS ch,
      coalesce((SELECT array(SELECT h FROM unnest(k.hits) AS h WHERE h > p_now - p_network_ms) FROM intake_keys AS k WHERE k.key = b.n), '{}') AS nh
    FROM batch AS b WHERE b.nr = 1 AND b.nc = 1 AND b.nn = 1
  ),
  decided AS (
    SELECT l.*,
      CASE WHEN l.seen > p_now - p_dedupe_ms THEN 1 WHEN cardinality(l.ch) >= p_burst_limit THEN 2 WHEN cardinality(l.nh) >= p_network_limit THEN 3 ELSE 0 END::smallint AS o
    FROM lone AS l
  ),
  remembered AS (
    -- Only the newest `limit` hits ever decide anything: a huge limit must not mean a huge row.
    INSERT INTO intake_keys (key, hits, expires_at)
    SELECT v.key, v.hits, v.expires_at FROM decided AS d
    CROSS JOIN LATERAL (VALUES
      (d.r, ARRAY[p_now], p_now + p_dedupe_ms),
      (d.c, (d.ch || p_now)[greatest(1, cardinality(d.ch) + 2 - p_burst_limit):], p_now + p_burst_ms),
      (d.n, (d.nh || p_now)[greatest(1, cardinality(d.nh) + 2 - p_network_limit):], p_now + p_network_ms)
    ) AS v(key, hits, expires_at)
    WHERE d.o = 0
    ORDER BY v.key
    ON CONFLICT (key) DO UPDATE SET hits = excluded.hits, expires_at = excluded.expires_at
    -- xmax is 0 on a row this statement inserted, set on one it updated.
    RETURNING key, xmax <> 0 AS existed
  ),
  raced AS (
    -- A row this call did not lock at the start but found when writing: another batch got there in between.
    SELECT count(*) AS raced_rows FROM remembered AS m LEFT JOIN unnest(known) AS k(key) ON k.key = m.key WHERE m.existed AND k.key IS NULL
  )
  SELECT array_agg(d.i ORDER BY d.i), array_agg(d.o ORDER BY d.i),
    array_agg(CASE WHEN d.o = 2 THEN d.ch[cardinality(d.ch) - p_burst_limit + 1] + p_burst_ms - p_now ELSE 0 END::integer ORDER BY d.i)
    , (SELECT raced_rows FROM raced)
  INTO lone_i, lone_o, lone_retry, race_count FROM decided AS d;
  IF race_count > 0 THEN
    RAISE EXCEPTION 'another batch remembered one of these keys first' USING ERRCODE = 'serialization_failure';
  END IF;
  FOR j IN 1..coalesce(cardinality(lone_i), 0) LOOP
    outcomes[lone_i[j]] := lone_o[j];
    retry_ms[lone_i[j]] := lone_retry[j];
    IF lone_o[j] = 0 THEN
      counted := counted || lone_i[j];
    END IF;
  END LOOP;

  -- The rest share a key with another report of the batch (one client reporting several services, several addresses
  -- of one network): one at a time, in batch order, each seeing what the ones before it did.
  SELECT coalesce(array_agg(s ORDER BY s), '{}') INTO shared FROM generate_series(1, n) AS s WHERE s <> ALL(coalesce(lone_i, '{}'));
  IF cardinality(shared) > 0 THEN
    -- Reports decided one at a time keep the placeholder rows: each must see what the one before it wrote, and waiting
    -- on a concurrent insert of the same key (then seeing its hits) is what ON CONFLICT does.
    SELECT array_agg(DISTINCT k ORDER BY k) INTO shared_keys
      FROM unnest(shared) AS s, unnest(ARRAY[p_reporter[s], p_client[s], p_network[s]]) AS k;
    INSERT INTO intake_keys (key, hits, expires_at)
      SELECT k, '{}', 0 FROM unnest(shared_keys) AS k ORDER BY 1
      ON CONFLICT (key) DO UPDATE SET hits = excluded.hits WHERE false;
  END IF;
  FOREACH i IN ARRAY shared LOOP
    seen := NULL;
    SELECT hits INTO seen FROM intake_keys WHERE key = p_reporter[i];
    IF seen IS NOT NULL AND seen[cardinality(seen)] > p_now - p_dedupe_ms THEN
      outcomes[i] := 1;
      CONTINUE;
    END IF;
    client_recent := NULL;
    SELECT array(SELECT h FROM unnest(k.hits) AS h WHERE h > p_now - p_burst_ms) INTO client_recent FROM intake_keys AS k WHERE k.key = p_client[i];
    client_recent := coalesce(client_recent, '{}');
    IF cardinality(client_recent) >= p_burst_limit THEN
      outcomes[i] := 2;
      retry_ms[i] := client_recent[cardinality(client_recent) - p_burst_limit + 1] + p_burst_ms - p_now;
      CONTINUE;
    END IF;
    network_recent := NULL;
    SELECT array(SELECT h FROM unnest(k.hits) AS h WHERE h > p_now - p_network_ms) INTO network_recent FROM intake_keys AS k WHERE k.key = p_network[i];
    network_recent := coalesce(network_recent, '{}');
    IF cardinality(network_recent) >= p_network_limit THEN
      outcomes[i] := 3;
      CONTINUE;
    END IF;
    INSERT INTO intake_keys (key, hits, expires_at) VALUES
      (p_reporter[i], ARRAY[p_now], p_now + p_dedupe_ms),
      (p_client[i], (client_recent || p_now)[greatest(1, cardinality(client_recent) + 2 - p_burst_limit):], p_now + p_burst_ms),
      (p_network[i], (network_recent || p_now)[greatest(1, cardinality(network_recent) + 2 - p_network_limit):], p_now + p_network_ms)
    ON CONFLICT (key) DO UPDATE SET hits = excluded.hits, expires_at = excluded.expires_at;
    counted := counted || i;
  END LOOP;

  IF cardinality(counted) = 0 THEN
    RETURN;
  END IF;
  SELECT array_agg(c ORDER BY c) INTO counted FROM unnest(counted) AS c;
  -- Raw rows: id = time x 1024 + a sequence number. Two ids of one millisecond clash only when 1,024 reports share it;
  -- those few take the next millisecond. The rollups use the time an id encodes, so raw rows and rollups agree.
  todo := counted;
  WHILE cardinality(todo) > 0 LOOP
    WITH ins AS (
      INSERT INTO reports (id, service_id, reporter)
        SELECT t * 1024 + nextval('report_ids') % 1024, p_service[c], p_reporter[c] FROM unnest(todo) AS c
        ON CONFLICT (id) DO NOTHING
        RETURNING id, reporter
    )
    SELECT coalesce(array_agg(ins.id), '{}'), coalesce(array_agg(ins.reporter), '{}') INTO got_ids, got_reporters FROM ins;
    ids := ids || got_ids;
    id_reporters := id_reporters || got_reporters;
    todo := ARRAY(SELECT c FROM unnest(todo) AS c WHERE p_reporter[c] <> ALL(got_reporters));
    t := t + 1;
  END LOOP;
  -- Rollup increments are appended, not added to the rollup rows: a batch never waits for another's commit on a busy
  -- service's cells. Readers fold them in first (ReportStore.settle).
  INSERT INTO report_cells (service_id, minute, problem, country, count)
    SELECT p_service[c.c], r.id / 1024 / 60000 * 60000, p_problem[c.c], p_country[c.c], count(*)
    FROM unnest(ids, id_reporters) AS r(id, reporter) JOIN unnest(counted) AS c(c) ON p_reporter[c.c] = r.reporter
    GROUP BY 1, 2, 3, 4;
END;
$$;
