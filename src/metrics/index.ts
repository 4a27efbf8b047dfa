// Outcome statistics: Prometheus counters (no personal data in labels) and the question log for the report.
export { Metrics, metrics, metricsText } from './metrics';
export { EventLog, eventLog, recordQuestion, cleanQuestion, parseEvents, type LogEvent, type QuestionEvent, type AnswerEvent, type EventLogOptions } from './events';
export { summarize, renderReport, type Summary, type RegionOutcome } from './report';
