import { readdirSync, readFileSync } from 'node:fs';

export interface RunningChild {
  pid: number;
  /** Its command line: the program, then its arguments. */
  args: string[];
}

/** The processes `parent` started and that still run, from /proc (Linux). */
export function childrenOf(parent: number): RunningChild[] {
  return readdirSync('/proc').flatMap((entry) => {
    if (!/^\d+$/.test(entry)) return [];
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid …: the name may hold spaces and parentheses, so read after its last ')'.
      const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(ppid) !== parent || state === 'Z') return [];
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').filter(Boolean);
      return [{ pid: Number(entry), args }];
    } catch {
      // It ended while we read.
      return [];
    }
  });
}
