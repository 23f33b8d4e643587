import { entrantTypeLabelsVi, type EntrantType } from '@thiphapluat/shared';

/** Đối tượng dự thi as the statistics name it; an unknown code shows as itself. */
export const entrantTypeVi = (t: string | null): string | null => (t === null ? null : (entrantTypeLabelsVi[t as EntrantType] ?? t));
