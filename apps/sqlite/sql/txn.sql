-- Transactions: commit, rollback, savepoints, a constraint failing inside one.
CREATE TABLE acct(name TEXT PRIMARY KEY, bal INTEGER CHECK (bal >= 0));
INSERT INTO acct VALUES ('a', 100), ('b', 50);
BEGIN;
UPDATE acct SET bal = bal - 30 WHERE name = 'a';
UPDATE acct SET bal = bal + 30 WHERE name = 'b';
COMMIT;
SELECT * FROM acct ORDER BY name;
BEGIN;
DELETE FROM acct;
SELECT count(*) FROM acct;
ROLLBACK;
SELECT * FROM acct ORDER BY name;
BEGIN;
INSERT INTO acct VALUES ('c', 1);
SAVEPOINT s1;
INSERT INTO acct VALUES ('d', 2);
SAVEPOINT s2;
UPDATE acct SET bal = 0;
ROLLBACK TO s2;
RELEASE s2;
ROLLBACK TO s1;
COMMIT;
SELECT * FROM acct ORDER BY name;
BEGIN IMMEDIATE;
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 5) INSERT INTO acct SELECT 'n' || i, i FROM c;
COMMIT;
SELECT count(*), sum(bal) FROM acct;
CREATE TABLE big(i INTEGER, s TEXT);
BEGIN;
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 5000)
INSERT INTO big SELECT i, printf('row %06d %s', i, hex(i * 7919)) FROM c;
ROLLBACK;
SELECT count(*) FROM big;
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 5000)
INSERT INTO big SELECT i, printf('row %06d %s', i, hex(i * 7919)) FROM c;
SELECT count(*), sum(i), min(s), max(s) FROM big;
SELECT total_changes() > 0;
