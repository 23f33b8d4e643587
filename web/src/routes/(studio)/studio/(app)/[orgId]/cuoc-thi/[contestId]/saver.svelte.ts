import type { BuilderContest } from '@thiphapluat/shared';
import { formErrors, type ContestsClient, type FormErrors } from '$lib/api/studio-contests.js';

/** What every builder section receives. */
export interface SectionProps {
  contest: BuilderContest;
  client: ContestsClient;
  readOnly: boolean;
  onsaved: (c: BuilderContest) => void;
}

/** One section's save: busy while the call runs, the server's refusal by field, a short confirmation. */
export class Saver {
  busy = $state(false);
  errors = $state<FormErrors | null>(null);
  done = $state('');

  constructor(private readonly onsaved: (c: BuilderContest) => void) {}

  field(path: string): string | undefined {
    return this.errors?.fields[path];
  }

  /** aria-describedby for a control: its help (if any) and its error (when there is one). */
  describedBy(path: string, id: string, help?: string): string | undefined {
    return [help, this.field(path) ? `${id}-error` : undefined].filter(Boolean).join(' ') || undefined;
  }

  async run(call: () => Promise<BuilderContest>, okText = 'Đã lưu.'): Promise<boolean> {
    this.busy = true;
    this.done = '';
    try {
      const c = await call();
      this.errors = null;
      this.done = okText;
      this.onsaved(c);
      return true;
    } catch (e) {
      this.errors = formErrors(e);
      return false;
    } finally {
      this.busy = false;
    }
  }
}
