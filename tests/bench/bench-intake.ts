import autocannon from "autocannon";
import { startTestServer } from "../helpers/start-test-server";

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

/** Intake req/s and latency against the real server, every request from a distinct reporter. */
async function main() {
  const server = await startTestServer({ BURST_LIMIT: "1000000" });
  try {
    let n = 0;
    const services = ["outlook", "teams", "steam", "youtube", "discord", "netflix"];
    const result = await autocannon({
      url: server.url,
      connections: CONNECTIONS,
      duration: DURATION_S,
      requests: [
        {
          method: "POST",
          path: "/api/v1/reports",
          setupRequest: (req) => {
            n++;
            return {
              ...req,
              headers: { "content-type": "application/json", "user-agent": `Mozilla/5.0 bench-${n}` },
              body: JSON.stringify({ service: services[n % services.length], problem: "login" }),
            };
          },
        },
      ],
    });
    const non2xx = result.non2xx;
    console.log(`intake: ${result.requests.average.toFixed(0)} req/s avg, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
      `${result.requests.total} requests, ${non2xx} non-2xx, ${result.errors} errors (${CONNECTIONS} connections, ${DURATION_S} s)`);
    for (const path of ["/", "/status/outlook", "/api/v1/services/outlook/series?range=24h&bucket=15m", "/api/v1/services"]) {
      const times: number[] = [];
      for (let i = 0; i < 30; i++) {
        const t = performance.now();
        await (await fetch(server.url + path)).arrayBuffer();
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      console.log(`GET ${path}: p50 ${times[15].toFixed(1)} ms, p90 ${times[27].toFixed(1)} ms (30 sequential requests)`);
    }
  } finally {
    await server.stop();
  }
}

void main();
