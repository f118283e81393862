// The benchmark's reference point (scripts/bench-search.ts): a bare node:http relay in front
// of Meilisearch that forwards each request on a kept-alive connection, reads the JSON
// answer and writes it out again, as any server that shapes the engine's answers must, and
// does nothing else. What it adds to the engine's time is what a Node.js process in the
// path costs on the machine, before any of the portal's own work.
//   node scripts/bench/bare-relay.mjs http://127.0.0.1:7700   (prints the port it listens on)
import http from "node:http";

const target = new URL(process.argv[2] ?? "");
const agent = new http.Agent({ keepAlive: true, noDelay: true });

const server = http.createServer((request, response) => {
  const chunks = [];
  request.on("data", (chunk) => chunks.push(chunk));
  request.on("end", () => {
    const body = Buffer.concat(chunks);
    const headers = { "content-length": body.length };
    for (const name of ["authorization", "content-type"]) {
      if (request.headers[name]) headers[name] = request.headers[name];
    }
    const upstream = http.request(
      { hostname: target.hostname, port: target.port, path: request.url, method: request.method, headers, agent },
      (answer) => {
        const parts = [];
        answer.on("data", (part) => parts.push(part));
        answer.on("end", () => {
          const text = JSON.stringify(JSON.parse(Buffer.concat(parts).toString("utf8")));
          response.writeHead(answer.statusCode ?? 502, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text) });
          response.end(text);
        });
      },
    );
    upstream.on("error", () => response.writeHead(502).end());
    upstream.end(body);
  });
});
server.listen(0, "127.0.0.1", () => console.log(server.address().port));
process.once("SIGTERM", () => process.exit(0));
