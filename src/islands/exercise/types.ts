import type { ExpectedAnswer } from '../../lib/case-scoring';
import type { MoveKey, RoleKey, StanceKey } from '../../lib/vocabulary';

/** A contact as the island receives it from the page. */
export interface ExerciseContact {
  id: string;
  name: string;
  title: string;
  said: string;
  explanation: string;
  answer: ExpectedAnswer;
}

/** Labels for the vocabulary, in the page's language. */
export interface VocabularyLabels {
  roles: Record<RoleKey, string>;
  stances: Record<StanceKey, string>;
  moves: Record<MoveKey, string>;
}
