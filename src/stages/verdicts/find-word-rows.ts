/**
 * The conflict rows told in words that stand outside agreements: each family reads the story's
 * sentences (and its entities, where a row is keyed by a person) and adds its rows, in a fixed
 * order so the report's bytes do not move. They run after agreements are settled, so a sentence
 * one family reads ("police seized a shotgun", "the roads were closed") does not take an
 * agreement out of the brief. Each family's rules and examples are in its own file.
 */
import type { Entity } from '../../model/mention.js';
import type { Conflict } from '../../model/report.js';
import type { Sentence } from '../../model/text.js';
import { namesBySentence } from './attribution.js';
import { findWeaponConflicts } from './find-weapon-conflicts.js';
import { findDegreeConflicts } from './find-degree-conflicts.js';
import { findPhoneConflicts } from './find-phone-conflicts.js';
import { findChargeConflicts } from './find-charge-conflicts.js';
import { findJobLossConflicts } from './find-job-loss-conflicts.js';
import { findDeathPlaceConflicts } from './find-death-place-conflicts.js';
import { findDeathCauseConflicts } from './find-death-cause-conflicts.js';
import { findOffenseConflicts } from './find-offense-conflicts.js';
import { findPolarityConflicts } from './find-polarity-conflicts.js';
import { findInjuryConflicts } from './find-injury-conflicts.js';
import { findRoadStatusConflicts } from './find-road-status-conflicts.js';
import { findIdentityConflicts } from './find-identity-conflicts.js';
import { findOppositeStateConflicts } from './find-opposite-state-conflicts.js';
import { findResidenceConflicts } from './find-residence-conflicts.js';
import { findNationalityConflicts } from './find-nationality-conflicts.js';
import { findTransferConflicts } from './find-transfer-conflicts.js';
import { findPlacePrecisionConflicts } from './find-place-precision-conflicts.js';

/** Every word-told family's rows, in their fixed order. */
export function findWordRows(entities: Entity[], sentences: Map<string, Sentence>): Conflict[] {
  // Who is named where, read once for the families keyed by a person.
  const names = namesBySentence(entities);
  return [
    ...findWeaponConflicts(sentences),
    ...findDegreeConflicts(sentences),
    ...findPhoneConflicts(sentences),
    ...findChargeConflicts(sentences),
    ...findJobLossConflicts(sentences),
    ...findDeathPlaceConflicts(sentences),
    ...findDeathCauseConflicts(entities, sentences, names),
    ...findOffenseConflicts(sentences),
    ...findPolarityConflicts(sentences),
    ...findInjuryConflicts(sentences, names),
    ...findRoadStatusConflicts(sentences),
    ...findIdentityConflicts(sentences),
    ...findOppositeStateConflicts(sentences),
    ...findResidenceConflicts(entities, sentences, names),
    ...findNationalityConflicts(entities, sentences),
    ...findTransferConflicts(sentences),
    ...findPlacePrecisionConflicts(sentences),
  ];
}
