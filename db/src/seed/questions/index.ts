import type { SeedQuestion } from '../types.js';
import { questions as baoLucGiaDinh } from './bao-luc-gia-dinh.js';
import { questions as canCuoc } from './can-cuoc.js';
import { questions as danSu } from './dan-su.js';
import { questions as datDai } from './dat-dai.js';
import { questions as giaoThong } from './giao-thong.js';
import { questions as hienPhap } from './hien-phap.js';
import { questions as hoaGiai } from './hoa-giai.js';
import { questions as honNhanGiaDinh } from './hon-nhan-gia-dinh.js';
import { questions as nguoiTieuDung } from './nguoi-tieu-dung.js';
import { questions as pbgdpl } from './pbgdpl.js';

/** Every demo question, one file per legal field. */
export const seedQuestions: readonly SeedQuestion[] = [
  ...hienPhap,
  ...pbgdpl,
  ...hoaGiai,
  ...canCuoc,
  ...giaoThong,
  ...honNhanGiaDinh,
  ...danSu,
  ...datDai,
  ...baoLucGiaDinh,
  ...nguoiTieuDung,
];
