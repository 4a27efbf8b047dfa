// Q&A: the intent model's training (what the first question costs, once) and the median time per question in process
// over every phrasing of the intent files, each asked for a region and with a word changed so no memo helps.
import { performance } from 'node:perf_hooks';
import { ask, buildModel, intents } from '../src/qa';
import { REGIONS } from '../src/rules/vocabulary';

export interface AskFigures { questions: number; trainMs: number; medianUs: number; p99Us: number; target: number }

export function benchAsk(): AskFigures {
  const list = intents();
  const t0 = performance.now();
  const m = buildModel(list);
  const trainMs = Math.round(performance.now() - t0);
  const questions = list.flatMap((it) => [...it.zh, ...it.en].map((q, i) => ({ q: `${q} `, locale: it.en.includes(q) ? 'en' as const : 'zh-CN' as const, region: REGIONS[i % REGIONS.length] })));
  for (const x of questions.slice(0, 200)) ask(x.q, { region: x.region, locale: x.locale, asOf: '2026-12' }, m); // warm up
  const times: number[] = [];
  for (const x of questions) {
    const a = performance.now();
    ask(x.q, { region: x.region, locale: x.locale, asOf: '2026-12' }, m);
    times.push((performance.now() - a) * 1000);
  }
  times.sort((a, b) => a - b);
  return { questions: questions.length, trainMs, medianUs: Math.round(times[times.length >> 1]), p99Us: Math.round(times[Math.floor(times.length * 0.99)]), target: 1000 };
}
