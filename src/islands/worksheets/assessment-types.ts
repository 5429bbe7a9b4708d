/** Props shapes of the opportunity assessment island (content as the page passes it). */
import type { CriterionAnswer } from '../../lib/vocabulary';

export interface CriterionContent {
  id: string;
  text: string;
  hint: string;
}
export interface QuestionContent {
  id: string;
  title: string;
  help: string;
  criteria: CriterionContent[];
}
export interface WarningContent {
  id: string;
  criterion: string;
  fromStage: number;
  when: CriterionAnswer[];
  message: string;
}
export interface StageOption {
  n: number;
  title: string;
}
