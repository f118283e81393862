// Keeps the search index in step with the catalogue while the web server runs: drains the
// outbox right after an edit (requestSync), every second for rows other processes wrote
// (imports on the command line), and again and again with growing pauses while the engine
// is unreachable. Rows are only marked done once Meilisearch has applied them, so nothing
// is lost when the engine or this process goes down: the rows wait in SQLite.
import { getDb, type CatalogueDb } from "~/catalogue/db.server";
import { countPendingChanges, oldestPendingChangeAt, recentFailedChanges } from "~/catalogue/outbox.server";
import { getEnv } from "~/env.server";
import { engineConfigFromEnv, type EngineConfig } from "./meili.server";
import { drainOutbox, rebuildIndex, reconcile, refreshFingerprint, syncRecord } from "./sync.server";

export type SyncWorkerOptions = {
  db: CatalogueDb;
  /** Needs a key that may write (writeKey, or masterKey in scripts and tests). */
  config: EngineConfig;
  /** How often to look for rows written by other processes. */
  pollMs?: number;
  /** Pause after the first failure; it doubles with each further one up to `maxBackoffMs`. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  batchSize?: number;
  log?: (message: string) => void;
};

export type SyncWorkerState = {
  running: boolean;
  /** The engine did not take the last attempt; the worker retries after a pause. */
  failing: boolean;
  failingSince: string | null;
  consecutiveFailures: number;
  /** Failed attempts since the worker started. */
  failures: number;
  lastError: string | null;
  lastCheckAt: string | null;
  lastSyncAt: string | null;
  nextAttemptAt: string | null;
  /** Rows applied since the worker started. */
  processed: number;
};

export type SyncWorker = {
  /** Drain as soon as possible (after an edit). During an outage the pause is kept. */
  request: () => void;
  /** Drains now, outage or not, and resolves with the outcome (the back office's button). */
  syncNow: () => Promise<{ processed: number }>;
  /** Full rebuild (new index + swap); no drain runs meanwhile, rows written meanwhile follow. */
  rebuild: () => Promise<{ documents: number; ms: number }>;
  /** Compares index and catalogue while no drain runs. */
  reconcile: () => ReturnType<typeof reconcile>;
  state: () => SyncWorkerState;
  stop: () => Promise<void>;
};

function messageOf(error: unknown) {
  return error instanceof Error ? error.message : String(error);
}

// Kept on globalThis: `remix dev` may evaluate the server build more than once in the same
// process, and there must still be one worker, reachable from every copy of this module.
const globalForWorker = globalThis as typeof globalThis & {
  /** The web server's worker (null: none, for want of a write key). */
  __bildungsportalSyncWorker?: SyncWorker | null;
  /** Every running worker of the process, for requestSync. */
  __bildungsportalSyncWorkers?: Set<SyncWorker>;
};

function runningWorkers() {
  globalForWorker.__bildungsportalSyncWorkers ??= new Set();
  return globalForWorker.__bildungsportalSyncWorkers;
}

export function startSyncWorker(options: SyncWorkerOptions): SyncWorker {
  const { db, config, pollMs = 1_000, initialBackoffMs = 500, maxBackoffMs = 30_000, batchSize = 500 } = options;
  const log = options.log ?? ((message: string) => console.log(`[sync] ${message}`));

  let stopped = false;
  let requested = false;
  let wake: (() => void) | null = null;
  // Every engine operation runs on this chain, one after the other: drains never overlap
  // each other, a rebuild or a reconciliation.
  let tail: Promise<unknown> = Promise.resolve();
  // The fingerprint (sync.server.ts) is refreshed once the outbox is empty and nothing was
  // drained for a poll interval, not after every single edit.
  let fingerprintStale = false;
  const state: SyncWorkerState = {
    running: true,
    failing: false,
    failingSince: null,
    consecutiveFailures: 0,
    failures: 0,
    lastError: null,
    lastCheckAt: null,
    lastSyncAt: null,
    nextAttemptAt: null,
    processed: 0,
  };

  function exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  }

  function backoffMs() {
    const capped = Math.min(maxBackoffMs, initialBackoffMs * 2 ** Math.max(0, state.consecutiveFailures - 1));
    // Jitter: several servers on one engine do not retry in lockstep.
    return Math.round(capped * (0.5 + Math.random() * 0.5));
  }

  function succeeded(processed: number) {
    const now = new Date().toISOString();
    state.lastCheckAt = now;
    if (state.failing) {
      const seconds = ((Date.now() - Date.parse(state.failingSince ?? now)) / 1000).toFixed(1);
      const changes = `${processed} ${processed === 1 ? "Änderung" : "Änderungen"}`;
      log(`Suchindex wieder erreichbar nach ${state.consecutiveFailures} Versuchen in ${seconds} s; ${changes} übernommen`);
    }
    state.failing = false;
    state.failingSince = null;
    state.consecutiveFailures = 0;
    if (processed > 0) {
      state.lastSyncAt = now;
      state.processed += processed;
      fingerprintStale = true;
    }
  }

  function failed(error: unknown) {
    const now = new Date().toISOString();
    state.lastCheckAt = now;
    state.lastError = messageOf(error);
    state.failures += 1;
    state.consecutiveFailures += 1;
    // One line when the trouble starts and one when it ends, not one per retry.
    if (!state.failing) {
      state.failing = true;
      state.failingSince = now;
      log(`Suchindex nicht erreichbar, Änderungen bleiben in der Warteschlange und werden erneut gesendet (${state.lastError})`);
    }
  }

  async function drain() {
    try {
      const result = await drainOutbox(db, config, { batchSize, refreshFingerprint: false });
      succeeded(result.processed);
      if (result.processed === 0 && fingerprintStale && countPendingChanges(db) === 0) {
        refreshFingerprint(db);
        fingerprintStale = false;
      }
      return result;
    } catch (error) {
      failed(error);
      throw error;
    }
  }

  function pause(ms: number) {
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        wake = null;
        state.nextAttemptAt = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      // The worker never keeps the process alive on its own.
      timer.unref();
      wake = done;
      state.nextAttemptAt = new Date(Date.now() + ms).toISOString();
    });
  }

  const loop = (async () => {
    while (!stopped) {
      requested = false;
      await exclusive(drain).catch(() => undefined);
      if (stopped) break;
      if (requested && !state.failing) continue;
      await pause(state.failing ? backoffMs() : pollMs);
    }
  })();

  async function stop() {
    if (stopped) return loop;
    stopped = true;
    state.running = false;
    runningWorkers().delete(worker);
    wake?.();
    await loop;
    await tail;
    if (fingerprintStale && countPendingChanges(db) === 0) {
      refreshFingerprint(db);
      fingerprintStale = false;
    }
  }

  const worker: SyncWorker = {
    request() {
      requested = true;
      if (!state.failing) wake?.();
    },
    // Back to the normal rhythm when it worked.
    syncNow: () => exclusive(drain).finally(() => state.failing || wake?.()),
    rebuild: () =>
      exclusive(async () => {
        const result = await rebuildIndex(db, config);
        fingerprintStale = false;
        requested = true;
        return result;
      }).finally(() => wake?.()),
    reconcile: () => exclusive(() => reconcile(db, config)),
    state: () => ({ ...state }),
    stop,
  };
  runningWorkers().add(worker);
  return worker;
}


/** The running worker of this process, if any. */
export function getSyncWorker(): SyncWorker | null {
  return globalForWorker.__bildungsportalSyncWorker ?? null;
}

/**
 * Starts the worker of the web server when the environment has an engine and a key that
 * may write (MEILI_WRITE_KEY, given by `npm start`). Without one the index stays as the
 * start left it until the next start.
 */
export function startSyncWorkerFromEnv(): SyncWorker | null {
  if (globalForWorker.__bildungsportalSyncWorker !== undefined) return globalForWorker.__bildungsportalSyncWorker;
  const env = getEnv();
  if (!env.MEILI_URL || !env.MEILI_WRITE_KEY) {
    console.log("[sync] Ohne MEILI_WRITE_KEY: Änderungen erreichen den Suchindex erst beim nächsten Start.");
    globalForWorker.__bildungsportalSyncWorker = null;
    return null;
  }
  const config = engineConfigFromEnv();
  // Writes go with the write key only, even if a master key was passed in.
  const worker = startSyncWorker({ db: getDb(), config: { ...config, masterKey: undefined } });
  globalForWorker.__bildungsportalSyncWorker = worker;
  process.once("exit", () => void worker.stop());
  console.log(`[sync] Abgleich mit dem Suchindex „${config.indexUid}“ läuft.`);
  return worker;
}

/** After a committed change: the worker takes it to the index at once. */
export function requestSync(): void {
  for (const worker of runningWorkers()) worker.request();
}

/** Everything the back office shows about the index's sync. */
export function syncOverview(db: CatalogueDb = getDb()) {
  const worker = getSyncWorker();
  const oldestPendingAt = oldestPendingChangeAt(db);
  return {
    worker: worker ? worker.state() : null,
    pending: countPendingChanges(db),
    oldestPendingAt,
    oldestPendingAgeMs: oldestPendingAt ? Date.now() - Date.parse(oldestPendingAt) : null,
    record: syncRecord(db),
    failures: recentFailedChanges(db, 20).map((row) => ({
      id: row.id,
      entity: row.entity,
      entityId: row.entityId,
      operation: row.operation,
      createdAt: row.createdAt,
      processedAt: row.processedAt,
      attempts: row.attempts,
      lastError: row.lastError,
    })),
  };
}
