// Types of sqliteDb.js (plain JavaScript, loaded by the worker thread too).
import type Database from 'better-sqlite3';

/** [value, etag, updatedAt] */
export type ConversationRow = [value: string, etag: string, updatedAt: number];

export interface ConversationOps {
  get(key: string, live: number): ConversationRow | undefined;
  put(key: string, person: string | null, json: string, next: string, now: number, live: number, eTag: string | null): number;
  del(key: string): void;
  delPerson(person: string): number;
  sweepStep(after: string, cutoff: number, limit: number): [removed: number, last: string | null];
  ping(): void;
  remPut(rows: [id: string, key: string, person: string | null, due: string, json: string][]): void;
  remOf(key: string): string[];
  remCancel(key: string): number;
  remDue(month: string, now: number, limit: number, all: boolean): string[];
  remDueOf(key: string, month: string, now: number): string[];
  remClaim(id: string, owner: string, now: number, until: number, month: string): string | undefined;
  remDone(id: string, owner: string, now: number): number;
  remMove(id: string, owner: string, now: number, due: string, json: string): number;
  remRelease(id: string, owner: string): void;
}

export type OpName = keyof ConversationOps;
export type Call = [id: number, op: OpName, args: unknown[]];
export interface CrossError { name: string; message: string; code?: string }
export type CallResult = [id: number, ok: boolean, value: unknown];

export interface Connection {
  db: Database.Database;
  ops: ConversationOps;
}

export function openConversations(driver: typeof Database, path: string, busyTimeoutMs: number): Connection;
export function runBatch(conn: Connection, calls: Call[]): CallResult[];
export function errorOf(e: unknown): CrossError;
