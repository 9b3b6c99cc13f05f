#!/usr/bin/env node
/**
 * Serves the web page (dist/web, or the folder given) on http://localhost:8080/ — only to this computer
 * (127.0.0.1), read-only, no dependency. `npm run web` builds the page and runs this; the browser test uses
 * `serveFolder` to serve the page it built.
 *
 * Usage: node scripts/serve-web.js [folder] [--port 8080]
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const fs = require("fs");
const http = require("http");
const path = require("path");

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".css": "text/css; charset=utf-8",
};

/** Starts a static server for `folder` on 127.0.0.1:`port` (0 = any free port); resolves with the server. */
function serveFolder(folder, port = 0) {
  const root = path.resolve(folder);
  const server = http.createServer((request, response) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url || "/", "http://localhost").pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    if (pathname.endsWith("/")) pathname += "index.html";
    const file = path.normalize(path.join(root, pathname));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
      return;
    }
    response.writeHead(200, {
      "Content-Type": MIME[path.extname(file)] || "application/octet-stream",
      "Cache-Control": "no-cache",
      "X-Content-Type-Options": "nosniff",
    });
    if (request.method === "HEAD") response.end();
    else fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

module.exports = { serveFolder };

if (require.main === module) {
  const args = process.argv.slice(2);
  const portAt = args.indexOf("--port");
  const port = portAt >= 0 ? Number(args[portAt + 1]) : Number(process.env.PORT || 8080);
  const folder = args.find((arg, i) => !arg.startsWith("--") && i !== portAt + 1) || path.join(__dirname, "..", "dist", "web");
  if (!fs.existsSync(path.join(folder, "index.html"))) {
    console.error(`No web page in ${folder}: build it first with  npm run build  (or npm run web).`);
    process.exit(1);
  }
  serveFolder(folder, port).then(
    (server) => {
      const url = `http://localhost:${server.address().port}/`;
      console.log(`Customer Map web page: ${url}  (only this computer can open it; Ctrl+C stops)`);
      console.log(`Mapa de clientes en la web: ${url}  (solo este equipo puede abrirla; Ctrl+C para parar)`);
    },
    (error) => {
      console.error(`Cannot serve on port ${port}: ${error.message}. Try  npm run web -- --port 8081`);
      process.exit(1);
    },
  );
}
