import os from 'node:os';
import { createRequire } from 'node:module';

export interface MachineFacts {
  startedAt: Date;
  node: string;
  platform: string;
  cpuModel: string;
  cpuCount: number;
  memoryGiB: number;
  /** 1-minute load average when the bench started: other work on the machine skews every row. */
  loadAverage: number;
  autocannon: string;
}

export function machineFacts(): MachineFacts {
  const cpus = os.cpus();
  return {
    startedAt: new Date(),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cpuCount: os.availableParallelism?.() ?? cpus.length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    loadAverage: Math.round((os.loadavg()[0] ?? 0) * 100) / 100,
    autocannon: packageVersion('autocannon'),
  };
}

function packageVersion(name: string): string {
  try {
    const require = createRequire(import.meta.url);
    return (require(`${name}/package.json`) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
