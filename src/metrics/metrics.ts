// Counters for GET /metrics, in a Registry of their own. Labels are closed sets (channel names, region codes,
// level codes, reasons): no ids, names or message text can reach them.
import { Counter, Histogram, Registry } from 'prom-client';
import type { ConversationEvent } from '../conversation/types';
import type { EligibilityResult } from '../rules/result';
import { REGIONS, SKILL_LEVELS, TITLE_LEVELS } from '../rules/vocabulary';

const CHANNELS = ['wechat', 'teams', 'msteams', 'web', 'cli', 'emulator', 'test'] as const;
const REASONS = ['asked', 'unanswered', 'error', 'other'] as const;

const oneOf = (allowed: readonly string[], value: string | null | undefined, fallback: string) =>
  value && allowed.includes(value) ? value : fallback;

export class Metrics {
  readonly registry = new Registry();
  private readonly conversations = new Counter({ name: 'conversations_total', help: 'Conversations started', registers: [this.registry] });
  private readonly messages = new Counter({ name: 'messages_total', help: 'Messages handled, by channel', labelNames: ['channel'], registers: [this.registry] });
  private readonly answers = new Counter({
    name: 'answers_total', help: 'Eligibility answers given, by region and best level in each direction',
    labelNames: ['region', 'best_skill_to_title', 'best_title_to_skill'], registers: [this.registry],
  });
  private readonly unanswered = new Counter({ name: 'unanswered_questions_total', help: 'Free questions the assistant could not answer', registers: [this.registry] });
  private readonly questions = new Counter({ name: 'questions_total', help: 'Free questions, by how they were answered', labelNames: ['matched'], registers: [this.registry] });
  private readonly handoffs = new Counter({ name: 'handoffs_total', help: 'Hand-overs to a person, by reason', labelNames: ['reason'], registers: [this.registry] });
  private readonly latency = new Histogram({
    name: 'turn_latency_seconds', help: 'Time to answer one message', buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10], registers: [this.registry],
  });

  conversationStarted(): void { this.conversations.inc(); }
  message(channel: string): void { this.messages.inc({ channel: oneOf(CHANNELS, channel, 'other') }); }
  answer(result: Pick<EligibilityResult, 'region' | 'best'>): void {
    this.answers.inc({
      region: oneOf(REGIONS, result.region, 'other'),
      best_skill_to_title: oneOf(TITLE_LEVELS, result.best.skill_to_title, 'none'),
      best_title_to_skill: oneOf(SKILL_LEVELS, result.best.title_to_skill, 'none'),
    });
  }
  question(matched: 'curated' | 'clause' | 'none'): void {
    this.questions.inc({ matched: oneOf(['curated', 'clause', 'none'], matched, 'none') });
    if (matched === 'none') this.unanswered.inc();
  }
  handoff(reason: string): void { this.handoffs.inc({ reason: oneOf(REASONS, reason, 'other') }); }
  turnLatency(seconds: number): void { if (Number.isFinite(seconds) && seconds >= 0) this.latency.observe(seconds); }

  /** The conversation layer's events (src/conversation/types.ts), which carry no text and no ids. */
  event(e: ConversationEvent): void {
    if (e.type === 'conversation_started') this.conversationStarted();
    else if (e.type === 'turn' || e.type === 'turn_failed') { this.message(e.channel); this.turnLatency(e.latencyMs / 1000); }
  }

  /** The Prometheus text format, for GET /metrics. */
  text(): Promise<string> { return this.registry.metrics(); }
  get contentType(): string { return this.registry.contentType; }
  reset(): void { this.registry.resetMetrics(); }
}

/** The process's metrics. */
export const metrics = new Metrics();

export function metricsText(): Promise<string> {
  return metrics.text();
}
