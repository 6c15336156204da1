// Photographs a page of the Aspire Dashboard with headless Chromium. The dashboard renders over a live connection
// (Blazor), which --screenshot does not wait for: this drives Chromium over its DevTools protocol instead, waits until
// the page shows the text asked for, and captures it.
// Usage: node --experimental-websocket screenshot.mjs <url> <file.png> <text to wait for>
import { spawn } from "node:child_process";
import { writeFile, mkdtemp } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [url, file, text] = process.argv.slice(2);
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
const port = await new Promise(resolve => {
  const server = createServer().listen(0, "127.0.0.1", () => { const { port } = server.address(); server.close(() => resolve(port)); });
});
const profile = await mkdtemp(join(tmpdir(), "shop-chromium-"));
const chromium = spawn("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", `--user-data-dir=${profile}`,
  `--remote-debugging-address=127.0.0.1`, `--remote-debugging-port=${port}`, "--window-size=1600,1000", "about:blank"], { stdio: "ignore" });

try {
  let target;
  for (let i = 0; i < 60 && !target; i++) {
    try { target = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()).find(t => t.type === "page"); } catch { await sleep(500); }
  }
  if (!target) throw new Error("Chromium did not start");
  const socket = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => { socket.onopen = resolve; socket.onerror = reject; });
  let id = 0;
  const pending = new Map();
  socket.onmessage = event => { const message = JSON.parse(event.data); pending.get(message.id)?.(message.result); pending.delete(message.id); };
  const send = (method, params = {}) => new Promise(resolve => { pending.set(++id, resolve); socket.send(JSON.stringify({ id, method, params })); });

  await send("Emulation.setDeviceMetricsOverride", { width: 1600, height: 1000, deviceScaleFactor: 1, mobile: false });
  await send("Page.navigate", { url });
  let shown = false;
  for (let i = 0; i < 60 && !shown; i++) {
    await sleep(500);
    shown = (await send("Runtime.evaluate", { expression: `document.body.innerText.includes(${JSON.stringify(text)})`, returnByValue: true }))?.result?.value === true;
  }
  if (!shown) throw new Error(`the page never showed '${text}'`);
  await sleep(1500); // the last layout pass
  const { data } = await send("Page.captureScreenshot", { format: "png" });
  await writeFile(file, Buffer.from(data, "base64"));
  socket.close();
} finally {
  chromium.kill();
}
