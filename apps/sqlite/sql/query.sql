-- Indexes, joins, ORDER BY, GROUP BY, aggregates, subqueries, window functions, CTEs.
CREATE TABLE dept(id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE emp(id INTEGER PRIMARY KEY, name TEXT, dept INTEGER REFERENCES dept(id), salary INTEGER, hired TEXT);
CREATE INDEX emp_dept ON emp(dept, salary DESC);
CREATE UNIQUE INDEX emp_name ON emp(name);
INSERT INTO dept VALUES (1, 'eng'), (2, 'ops'), (3, 'sales'), (4, 'empty');
INSERT INTO emp VALUES
  (1, 'ann', 1, 120, '2019-03-01'), (2, 'bob', 1, 95, '2020-07-15'), (3, 'cid', 2, 70, '2018-01-31'),
  (4, 'dee', 3, 88, '2021-11-30'), (5, 'eve', 1, 130, '2017-05-05'), (6, 'fay', 3, 88, '2022-02-28'),
  (7, 'gus', NULL, 50, '2023-12-31');
SELECT e.name, d.name FROM emp e JOIN dept d ON d.id = e.dept ORDER BY e.name;
SELECT d.name, count(e.id), coalesce(sum(e.salary), 0) FROM dept d LEFT JOIN emp e ON e.dept = d.id GROUP BY d.id ORDER BY d.name;
SELECT e.name FROM emp e WHERE e.dept IS NULL;
SELECT name, salary FROM emp ORDER BY salary DESC, name ASC LIMIT 3 OFFSET 1;
SELECT dept, min(salary), max(salary), avg(salary), total(salary), group_concat(name, ',') FROM emp WHERE dept IS NOT NULL GROUP BY dept HAVING count(*) > 1 ORDER BY dept;
SELECT name FROM emp WHERE salary > (SELECT avg(salary) FROM emp) ORDER BY 1;
SELECT name FROM emp WHERE dept IN (SELECT id FROM dept WHERE name LIKE 'e%') ORDER BY name DESC;
SELECT d.name, (SELECT max(salary) FROM emp WHERE dept = d.id) FROM dept d ORDER BY 1;
SELECT name, salary, rank() OVER (ORDER BY salary DESC), row_number() OVER (PARTITION BY dept ORDER BY name) FROM emp ORDER BY name;
SELECT name, sum(salary) OVER (ORDER BY hired ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) FROM emp ORDER BY hired;
WITH RECURSIVE fib(n, a, b) AS (SELECT 1, 0, 1 UNION ALL SELECT n + 1, b, a + b FROM fib WHERE n < 20) SELECT n, a FROM fib WHERE n % 5 = 0;
SELECT a.name, b.name FROM emp a JOIN emp b ON a.dept = b.dept AND a.id < b.id ORDER BY a.name, b.name;
SELECT name FROM emp UNION SELECT name FROM dept ORDER BY 1;
SELECT name FROM emp INTERSECT SELECT 'bob' EXCEPT SELECT 'zed';
SELECT count(DISTINCT dept), count(dept), count(*) FROM emp;
SELECT CASE WHEN salary >= 100 THEN 'high' WHEN salary >= 80 THEN 'mid' ELSE 'low' END AS band, count(*) FROM emp GROUP BY band ORDER BY band;
SELECT name FROM emp INDEXED BY emp_dept WHERE dept = 1 ORDER BY salary DESC;
DROP INDEX emp_dept;
SELECT name FROM emp WHERE dept = 1 ORDER BY salary DESC;
SELECT name, hired FROM emp ORDER BY hired COLLATE NOCASE DESC LIMIT 2;
