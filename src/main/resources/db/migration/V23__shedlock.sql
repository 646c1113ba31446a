-- ShedLock's table of job locks (decision 0037): one row per scheduled job, so that on several nodes a job runs on
-- one of them at a time. A node runs a job only after it moved lock_until from the past into the future
-- (an UPDATE ... WHERE lock_until <= now, or the INSERT of the job's first row, which the primary key lets
-- only one node win). Names, sizes and keys as in ShedLock's README for MySQL/MariaDB.
--
-- One change from the README: DATETIME(3) instead of TIMESTAMP(3). CoHelm's lock provider uses the
-- database's time (usingDbTime), and ShedLock's MariaDB statements write UTC_TIMESTAMP(3), a UTC wall time.
-- A TIMESTAMP column would read that through the session's time zone: where the server's zone has summer
-- time, the hour that does not exist in spring shifts lock_until by an hour (a job skipped) and the hour
-- that repeats in autumn folds; a TIMESTAMP also ends in 2038. DATETIME stores what it is given, like every
-- other instant column of this schema. locked_at has no default: ShedLock always writes it (in UTC).
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until DATETIME(3)  NOT NULL,
    locked_at  DATETIME(3)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
