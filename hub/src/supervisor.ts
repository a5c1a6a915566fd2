import { decideRestart, describeExit, formatDelay, type RestartPolicy } from './restart-policy';
import { stopService, type ReadyMessage, type Service } from './service';

/**
 * `starting` — a first start (or a start after an intentional stop): an exit now is the caller's failed start,
 * not a crash. `running` and `restarting` — an exit is a crash. `stopped` — stopped on purpose, or given up.
 */
export type ServiceState = 'starting' | 'running' | 'restarting' | 'stopped';

export interface SupervisorEvents {
  /** One line for the hub's console. */
  log(line: string): void;
  onStateChange(name: string, state: ServiceState): void;
  /** The service crashed more often than the policy allows and was not restarted; the hub must stop. */
  onGiveUp(error: Error): void;
}

export interface Supervised {
  readonly name: string;
  readonly state: ServiceState;
  /** The process id of its current process, if it has one. */
  readonly pid: number | undefined;
  /** Starts it; resolves once it listens (rejects if it exits first). From then on a crash restarts it. */
  start(): Promise<ReadyMessage>;
  /** Stops it on purpose (a pending restart is cancelled); its exit is not a crash. */
  stop(): Promise<void>;
  /** Sends an IPC message to its current process, if that process is connected; lost otherwise. */
  send(message: object): void;
}

/**
 * Keeps one child service up: `fork` starts a fresh process (on the same port each time); an exit the hub did not
 * ask for restarts it after the policy's pause, and too many within the window give up.
 */
export function supervise(
  name: string,
  fork: () => { service: Service; ready: Promise<ReadyMessage> },
  policy: RestartPolicy,
  events: SupervisorEvents,
): Supervised {
  let state: ServiceState = 'stopped';
  let current: Service | undefined;
  let timer: NodeJS.Timeout | undefined;
  let crashes: number[] = [];

  const setState = (next: ServiceState) => {
    if (next === state) return;
    state = next;
    events.onStateChange(name, next);
  };

  const launch = () => {
    const { service, ready } = fork();
    current = service;
    service.child.once('exit', (code, signal) => {
      // Ctrl-C reaches the hub and its children at once: let the hub's own handler mark them stopped first.
      setImmediate(() => {
        if (current === service && (state === 'running' || state === 'restarting')) crashed(code, signal);
      });
    });
    return ready;
  };

  const crashed = (code: number | null, signal: NodeJS.Signals | null) => {
    current = undefined; // dead: no process id to report, nothing to stop
    const now = Date.now();
    crashes = [...crashes.filter((t) => now - t < policy.windowMs), now];
    const how = describeExit(code, signal);
    const decision = decideRestart(crashes, now, policy);
    if (!decision.restart) {
      setState('stopped');
      events.onGiveUp(
        new Error(
          `${name} keeps crashing: it ${how}, its ${decision.crashes} crashes within ` +
            `${formatDelay(policy.windowMs)} are more than the ${policy.limit} restarts allowed`,
        ),
      );
      return;
    }
    setState('restarting');
    events.log(
      `[hub] ${name} ${how}; restarting in ${formatDelay(decision.delayMs)} ` +
        `(attempt ${decision.attempt} of ${policy.limit})`,
    );
    timer = setTimeout(() => {
      timer = undefined;
      const ready = launch();
      const restarted = current;
      ready.then(
        (message) => {
          if (current !== restarted || state !== 'restarting') return;
          setState('running');
          events.log(`[hub] ${name} is back (${message.url}, process ${restarted?.child.pid})`);
        },
        // Its exit was counted as the next crash (or it was stopped on purpose meanwhile).
        () => undefined,
      );
    }, decision.delayMs);
  };

  return {
    name,
    get state() {
      return state;
    },
    get pid() {
      return current?.child.pid;
    },
    async start() {
      setState('starting');
      const message = await launch();
      if (state === 'starting') setState('running');
      return message;
    },
    async stop() {
      clearTimeout(timer);
      timer = undefined;
      setState('stopped');
      const service = current;
      current = undefined;
      if (service) await stopService(service);
    },
    send(message) {
      const child = current?.child;
      if (child?.connected) child.send(message, () => undefined);
    },
  };
}
