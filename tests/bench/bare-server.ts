import http from "node:http";
import Database from "better-sqlite3";

/**
 * The yardstick for the intake benchmark: the least a report endpoint can do on this stack (node:http, JSON
 * parse, one autocommit insert into better-sqlite3 in WAL mode) with none of Downwire's rules.
 * Usage: tsx tests/bench/bare-server.ts PORT DB_FILE
 */
const [port, file] = process.argv.slice(2);
const db = new Database(file);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = NORMAL");
db.exec("CREATE TABLE IF NOT EXISTS reports (id INTEGER PRIMARY KEY, service TEXT NOT NULL, problem TEXT NOT NULL, created_at INTEGER NOT NULL)");
const insert = db.prepare("INSERT INTO reports (service, problem, created_at) VALUES (?, ?, ?)");

http
  .createServer((req, res) => {
    let body = "";
    req.on("data", (d) => (body += d));
    req.on("end", () => {
      try {
        const r = JSON.parse(body) as { service: string; problem: string };
        insert.run(String(r.service), String(r.problem), Date.now());
        res.writeHead(201, { "Content-Type": "application/json" });
        res.end('{"counted":true}');
      } catch {
        res.writeHead(400).end();
      }
    });
  })
  .listen(Number(port), "127.0.0.1", () => console.log("bare server listening"));
