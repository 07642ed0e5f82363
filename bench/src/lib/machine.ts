import { cpus, platform, release, totalmem, arch, loadavg } from 'node:os';
import { readFileSync } from 'node:fs';

export interface MachineInfo {
  cpuModel: string;
  cpuCount: number;
  memoryGiB: number;
  node: string;
  os: string;
  arch: string;
  loadAverageAtStart: number[];
}

function osName(): string {
  try {
    const line = readFileSync('/etc/os-release', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('PRETTY_NAME='));
    if (line) return `${line.slice('PRETTY_NAME='.length).replace(/"/g, '')} (${platform()} ${release()})`;
  } catch {
    /* not Linux */
  }
  return `${platform()} ${release()}`;
}

/** The machine the numbers were measured on: they mean little without it. */
export function machineInfo(): MachineInfo {
  const list = cpus();
  return {
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    cpuCount: list.length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: osName(),
    arch: arch(),
    loadAverageAtStart: loadavg().map((n) => Math.round(n * 100) / 100),
  };
}
