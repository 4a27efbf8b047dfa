// The question log for the report: question texts without personal data, how they were answered, and the
// eligibility outcomes by region. In memory, and appended as JSON lines to a file when one is given.
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { scrubText } from '../handoff/packet';
import { REGIONS, type Region } from '../rules/vocabulary';
import type { EligibilityResult } from '../rules/result';

export type QuestionEvent = { type: 'question'; at: string; text: string; matched: 'curated' | 'clause' | 'none'; region?: Region; id?: string };
export type AnswerEvent = { type: 'answer'; at: string; region: string; best_skill_to_title: string; best_title_to_skill: string };
export type LogEvent = QuestionEvent | AnswerEvent;

/** A question as it may be stored: no digits (phone, ID, certificate numbers), no links, e-mails, mentions or names given as "我叫…". */
export function cleanQuestion(text: string): string {
  return scrubText(text, 200)
    .replace(/\[(号码|编号|链接|邮箱|姓名)\]/g, '')
    .replace(/[0-9０-９]/g, '')
    .replace(/@/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100);
}

export interface EventLogOptions {
  /** JSON lines file to append to (e.g. data/events.jsonl); in memory only when absent. */
  file?: string;
  /** Events kept in memory; default 10 000. */
  keep?: number;
  now?: () => Date;
}

export class EventLog {
  private readonly items: LogEvent[] = [];
  constructor(private readonly opts: EventLogOptions = {}) {}

  recordQuestion(text: string, matched: QuestionEvent['matched'], extra: { region?: Region; id?: string } = {}): QuestionEvent | undefined {
    const clean = cleanQuestion(text);
    if (!clean) return undefined;
    const e: QuestionEvent = {
      type: 'question', at: this.now(), text: clean, matched,
      ...(extra.region && (REGIONS as readonly string[]).includes(extra.region) ? { region: extra.region } : {}),
      ...(extra.id ? { id: extra.id.slice(0, 60) } : {}),
    };
    this.push(e);
    return e;
  }

  recordAnswer(result: Pick<EligibilityResult, 'region' | 'best'>): AnswerEvent {
    const e: AnswerEvent = {
      type: 'answer', at: this.now(), region: result.region,
      best_skill_to_title: result.best.skill_to_title ?? 'none', best_title_to_skill: result.best.title_to_skill ?? 'none',
    };
    this.push(e);
    return e;
  }

  events(): readonly LogEvent[] { return this.items; }

  private now(): string { return (this.opts.now?.() ?? new Date()).toISOString(); }

  private push(e: LogEvent): void {
    this.items.push(e);
    if (this.items.length > (this.opts.keep ?? 10_000)) this.items.shift();
    if (this.opts.file) {
      try {
        mkdirSync(dirname(this.opts.file), { recursive: true });
        appendFileSync(this.opts.file, JSON.stringify(e) + '\n', 'utf8');
      } catch {
        // The log is for the report; a full disk must not break the chat.
      }
    }
  }
}

/** The process's log: in memory, and data/events.jsonl (or GUANTONG_EVENTS_FILE) when GUANTONG_EVENTS_FILE is set or ='default'. */
export const eventLog = new EventLog({ file: process.env.GUANTONG_EVENTS_FILE === 'default' ? 'data/events.jsonl' : process.env.GUANTONG_EVENTS_FILE || undefined });

export function recordQuestion(text: string, matched: QuestionEvent['matched'], extra?: { region?: Region; id?: string }): QuestionEvent | undefined {
  return eventLog.recordQuestion(text, matched, extra);
}

/** Parse a JSON lines file's text; lines that are not events are skipped. */
export function parseEvents(jsonl: string): LogEvent[] {
  const out: LogEvent[] = [];
  for (const line of jsonl.split('\n')) {
    if (!line.trim()) continue;
    try {
      const e = JSON.parse(line) as LogEvent;
      if ((e.type === 'question' || e.type === 'answer') && typeof e.at === 'string') out.push(e);
    } catch {
      // a torn last line
    }
  }
  return out;
}
