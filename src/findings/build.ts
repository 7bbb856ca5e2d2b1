/**
 * Builds the finding of a leaf that lost points: the rule's own explanation when it scored, or the
 * policy that zeroed it (not applicable, missing input, veto).
 */
import type { Dec } from '../decimal.js';
import type { LeafScore } from '../engine/score.js';
import type { NodeStatus } from '../engine/types.js';
import type { LocalMessage } from '../errors/messages.js';
import type { CNode } from '../framework/types.js';
import type { Finding, FindingCode, Severity } from './finding.js';

/**
 * The finding for a leaf that lost `lost` points.
 *
 * @param node - the leaf
 * @param score - its score (undefined when not applicable)
 * @param status - its status
 * @param weight - its effective weight
 * @param lost - weight − points (> 0)
 * @param shown - weight, points and lost as displayed
 * @param naReason - the not-applicable reason, if any
 * @returns the finding
 * @example
 * ```ts
 * lossFinding(node, score, 'scored', dec(5), dec(1), { weight: '5.00', points: '4.00', lost: '1.00' }, undefined);
 * ```
 */
export function lossFinding(
  node: CNode,
  score: LeafScore | undefined,
  status: NodeStatus,
  weight: Dec,
  lost: Dec,
  shown: { readonly weight: string; readonly points: string; readonly lost: string },
  naReason: string | undefined,
): Finding {
  const l = shown.lost;
  const name = node.name;
  let code: FindingCode = 'points_lost';
  let message: LocalMessage;
  if (status === 'notApplicable') {
    code = 'not_applicable';
    const why = naReason ? `（${naReason}）` : '';
    message = {
      zh: `${name.zh}：不适用${why}，按“不适用计 0 分”政策，扣 ${l} 分`,
      en: `${name.en}: not applicable${naReason ? ` (${naReason})` : ''}; the policy scores it 0: ${l} points lost`,
    };
  } else if (status === 'missing') {
    code = 'missing_input';
    message = {
      zh: `${name.zh}：缺少评分所需数据（${score?.missing ?? ''}），按“缺数计 0 分”政策，扣 ${l} 分`,
      en: `${name.en}: input missing (${score?.missing ?? ''}); the policy scores it 0: ${l} points lost`,
    };
  } else if (status === 'vetoed') {
    code = 'vetoed';
    message = {
      zh: `${name.zh}：因「${score?.vetoedBy ?? ''}」一票否决，不得分，扣 ${l} 分`,
      en: `${name.en}: vetoed by "${score?.vetoedBy ?? ''}", no points: ${l} points lost`,
    };
  } else {
    message = score?.explain?.(l) ?? {
      zh: `${name.zh}：得 ${shown.points} 分，扣 ${l} 分`,
      en: `${name.en}: ${shown.points} points, ${l} lost`,
    };
  }
  const severity: Severity = lost.eq(weight)
    ? 'high'
    : lost.times(2).gte(weight)
      ? 'medium'
      : 'low';
  return {
    indicatorId: node.id,
    path: node.names,
    code,
    weight: shown.weight,
    points: shown.points,
    lost: l,
    severity,
    message,
  };
}
