/**
 * One SCORM session with the LMS's API, the same way for 1.2 and 2004. Every call is
 * guarded: an API that answers "false" or throws is reported (through `onFailure`) and the
 * course carries on; nothing here ever touches the learner's local records.
 */
import type { ScormVersion } from './find-api';

/** The run-time API as the 1.2 and 2004 specifications name its functions. */
export interface Api12 {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string): string;
}
export interface Api2004 {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string | number;
  GetErrorString(code: string): string;
}

export interface Failure {
  call: string;
  code: string;
  message: string;
}

/** How a launch began: a new session, one a previous page already opened, or one the LMS has closed. */
export type StartResult = 'started' | 'resumed' | 'ended' | 'failed';

const methods = {
  '1.2': {
    init: 'LMSInitialize',
    finish: 'LMSFinish',
    get: 'LMSGetValue',
    set: 'LMSSetValue',
    commit: 'LMSCommit',
    error: 'LMSGetLastError',
    text: 'LMSGetErrorString',
  },
  '2004': {
    init: 'Initialize',
    finish: 'Terminate',
    get: 'GetValue',
    set: 'SetValue',
    commit: 'Commit',
    error: 'GetLastError',
    text: 'GetErrorString',
  },
} as const;

/** 2004's "already initialized" and "terminated" codes; 1.2 has only 101 "general exception" for both. */
const ALREADY_2004 = '103';
const ENDED_2004 = '104';
const GENERAL_12 = '101';
/**
 * An empty GetValue with these codes is a value never set, not a failure: 403 "not
 * initialized" (2004), and a 103 left over from joining an open session (some runtimes,
 * scorm-again among them, keep the last error code after a successful GetValue).
 */
const NOT_SET = new Set(['0', '', '403', '103']);

export class LmsConnection {
  private readonly api: Record<string, (...args: string[]) => unknown>;
  private readonly names: (typeof methods)[ScormVersion];
  private readonly sent = new Map<string, string>();
  private state: 'idle' | 'open' | 'closed' = 'idle';
  readonly failures: Failure[] = [];

  constructor(
    api: unknown,
    readonly version: ScormVersion,
    private readonly onFailure: (failure: Failure) => void = () => {},
  ) {
    this.api = api as Record<string, (...args: string[]) => unknown>;
    this.names = methods[version];
  }

  get isOpen() {
    return this.state === 'open';
  }

  private call(name: string, ...args: string[]): { value: string; code: string } {
    try {
      const value = String(this.api[name]!.apply(this.api, args) ?? '');
      const code = String(this.api[this.names.error]!.call(this.api) ?? '0');
      return { value, code };
    } catch (error) {
      return { value: '', code: error instanceof Error ? error.message : 'exception' };
    }
  }

  private fail(call: string, code: string) {
    let message = '';
    try {
      message = String(this.api[this.names.text]!.call(this.api, code) ?? '');
    } catch {
      // The API cannot even describe its error; the code is all we have.
    }
    const failure = { call, code, message };
    this.failures.push(failure);
    this.onFailure(failure);
  }

  /** Initializes the session, or joins the one already open (the LMS keeps it across page loads). */
  start(probeElement: string): StartResult {
    const result = this.call(this.names.init, '');
    if (result.value === 'true') {
      this.state = 'open';
      return 'started';
    }
    if (this.version === '2004' && (result.code === ALREADY_2004 || result.code === ENDED_2004)) {
      this.state = result.code === ALREADY_2004 ? 'open' : 'closed';
      return result.code === ALREADY_2004 ? 'resumed' : 'ended';
    }
    // 1.2 answers 101 "general exception" both when already initialized and when finished:
    // a status read tells which (it always has a value in an open session).
    if (this.version === '1.2' && result.code === GENERAL_12) {
      const probe = this.call(this.names.get, probeElement);
      this.state = probe.value !== '' ? 'open' : 'closed';
      return this.state === 'open' ? 'resumed' : 'ended';
    }
    this.fail(this.names.init, result.code);
    return 'failed';
  }

  /** A value from the LMS; '' when never set; null when the call failed. */
  get(element: string): string | null {
    if (this.state !== 'open') return null;
    const result = this.call(this.names.get, element);
    // A value is an answer whatever error code is left over.
    if (result.value !== '' || NOT_SET.has(result.code)) return result.value;
    this.fail(`${this.names.get}(${element})`, result.code);
    return null;
  }

  /** Sets a value unless the LMS already has it from this session; false when it was refused. */
  set(element: string, value: string): boolean {
    if (this.state !== 'open') return false;
    if (this.sent.get(element) === value) return true;
    const result = this.call(this.names.set, element, value);
    if (result.value === 'true') {
      this.sent.set(element, value);
      return true;
    }
    this.fail(`${this.names.set}(${element})`, result.code);
    return false;
  }

  commit(): boolean {
    if (this.state !== 'open') return false;
    const result = this.call(this.names.commit, '');
    if (result.value === 'true') return true;
    this.fail(this.names.commit, result.code);
    return false;
  }

  /** Ends the session (LMSFinish / Terminate); only the first call does anything. */
  finish(): boolean {
    if (this.state !== 'open') return false;
    this.state = 'closed';
    const result = this.call(this.names.finish, '');
    if (result.value === 'true') return true;
    this.fail(this.names.finish, result.code);
    return false;
  }
}
