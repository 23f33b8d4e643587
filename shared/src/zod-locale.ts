import { z } from 'zod';
import { vi } from 'zod/locales';

// Residents read validation messages: zod's own defaults ("Too small: expected…") become Vietnamese
// ("Quá nhỏ: mong đợi…") wherever a schema has no message of its own. Applies to every importer.
z.config(vi());
