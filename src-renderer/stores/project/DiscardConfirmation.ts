/**
 * The question asked before an action would throw away unsaved changes (New, Open, a recent
 * project, an upload): Save, Discard or Cancel. The store holds the open question; the dialog
 * component shows it and answers; the action waits for the answer.
 */
import { makeAutoObservable } from 'mobx';

export type DiscardAnswer = 'save' | 'discard' | 'cancel';

export interface DiscardQuestion {
  /** The project whose changes are at stake. */
  projectName: string;
  /** What the user asked for, e.g. "open another project". */
  action: string;
}

export class DiscardConfirmation {
  question: DiscardQuestion | null = null;
  private resolve: ((answer: DiscardAnswer) => void) | null = null;

  constructor() {
    makeAutoObservable<DiscardConfirmation, 'resolve'>(this, { resolve: false });
  }

  /** Shows the question and resolves with the answer. A question still open is cancelled first. */
  ask(question: DiscardQuestion): Promise<DiscardAnswer> {
    this.answer('cancel');
    this.question = question;
    return new Promise((resolve) => {
      this.resolve = resolve;
    });
  }

  answer(answer: DiscardAnswer): void {
    const resolve = this.resolve;
    this.resolve = null;
    this.question = null;
    resolve?.(answer);
  }
}
