import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { z } from 'zod';
import type { RecentWorkspace } from '../../../shared/domain/workspace';

const MAX_RECENT = 10;

const settingsSchema = z.object({
  recent: z.array(z.object({ path: z.string(), openedAtMs: z.number() })).default([]),
});
type Settings = z.infer<typeof settingsSchema>;

/**
 * The user's own settings (recent workspaces), kept as JSON in the app's home folder and
 * replaced atomically, so a crash mid-write never leaves a truncated file.
 */
export class UserSettings {
  private readonly file: string;

  constructor(readonly homeDir: string) {
    this.file = join(homeDir, 'settings.json');
  }

  private read(): Settings {
    if (!existsSync(this.file)) return { recent: [] };
    try {
      return settingsSchema.parse(JSON.parse(readFileSync(this.file, 'utf8')));
    } catch {
      // A damaged settings file only costs the recent list; it must never stop the app.
      return { recent: [] };
    }
  }

  private write(settings: Settings): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.tmp-${process.pid}`;
    writeFileSync(tmp, JSON.stringify(settings, null, 2));
    renameSync(tmp, this.file);
  }

  recent(): RecentWorkspace[] {
    return this.read().recent.map((r) => ({
      path: r.path,
      name: basename(r.path, extname(r.path)),
      openedAtMs: r.openedAtMs,
      exists: existsSync(r.path),
    }));
  }

  noteOpened(path: string, nowMs = Date.now()): void {
    const settings = this.read();
    const recent = [{ path, openedAtMs: nowMs }, ...settings.recent.filter((r) => r.path !== path)].slice(0, MAX_RECENT);
    this.write({ ...settings, recent });
  }
}
