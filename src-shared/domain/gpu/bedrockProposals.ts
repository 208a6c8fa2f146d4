/**
 * The recommender's Bedrock designs: the model that costs least for the workload's token mix among
 * those that do its task (text generation, never an embedding model, unless the workload asks for
 * embeddings), on-demand; and, for a workload with no latency target (offline, batch jobs), the same
 * choice at batch-inference prices.
 */
import type { FeasibilityReason } from '../results';
import type { Proposal, ProposalInput } from '../definitions';
import { ON_DEMAND } from '../purchase/onDemand';
import { rule } from '../hosting/proposals';
import { bedrockModelPrices, bedrockTaskOf, rankBedrockModels, type BedrockRequestCost } from './bedrockChoice';

/** The cheapest model of the workload's task for its token mix, at on-demand or batch prices. */
function cheapestModel(input: ProposalInput, batch: boolean): BedrockRequestCost | undefined {
  const w = input.workload;
  const known = w.inputTokensPerRequest !== undefined && w.outputTokensPerRequest !== undefined;
  const mix = known
    ? {
        inputTokens: w.inputTokensPerRequest!,
        outputTokens: w.outputTokensPerRequest!,
        cachedInputTokens: batch ? 0 : w.cachedInputTokensPerRequest,
      }
    : { inputTokens: 1, outputTokens: 1 };
  const prices = bedrockModelPrices(input.catalog, input.region, 'in-region', batch);
  return rankBedrockModels(prices, mix, bedrockTaskOf(w))[0];
}

/** Why this model: its task and the token mix it was ranked on. */
function tokenMixRule(input: ProposalInput, best: BedrockRequestCost, batch: boolean): FeasibilityReason {
  const w = input.workload;
  const task = bedrockTaskOf(w) === 'embedding' ? 'embedding' : 'text-generation';
  const prices = batch ? ' at batch-inference prices' : '';
  return rule(
    'rule.bedrock.tokenMix',
    w.inputTokensPerRequest !== undefined && w.outputTokensPerRequest !== undefined
      ? `the ${task} model that costs least for this token mix${prices} (${best.basis} per request); needs no GPU of yours`
      : `the ${task} model with the lowest input plus output price${prices} (no token counts yet); needs no GPU of yours`,
  );
}

/** The Bedrock proposals for a workload (see the module comment); `type` is Bedrock's hosting type. */
export function bedrockProposals<T extends string>(
  type: T,
  input: ProposalInput,
): Proposal<{ name: string; hosting: { type: T; model: string; mode?: 'batch' }; purchase: typeof ON_DEMAND }>[] {
  const custom = rule(
    'rule.bedrock.custom',
    'only for foundation models; your own model needs a custom model on Provisioned Throughput',
  );
  const out = [];
  const best = cheapestModel(input, false);
  if (best)
    out.push({
      design: { name: `Bedrock (${best.model})`, hosting: { type, model: best.model }, purchase: ON_DEMAND },
      why: [
        rule('rule.bedrock', 'a managed foundation model billed by tokens, when one serves the use case'),
        tokenMixRule(input, best, false),
      ],
      against: [custom],
    });
  const batch = input.workload.latencyTargetMs === null ? cheapestModel(input, true) : undefined;
  if (batch)
    out.push({
      design: {
        name: `Bedrock batch inference (${batch.model})`,
        hosting: { type, model: batch.model, mode: 'batch' as const },
        purchase: ON_DEMAND,
      },
      why: [
        rule('rule.bedrock.batch', 'no latency target: batch inference jobs at their own, lower token prices'),
        tokenMixRule(input, batch, true),
      ],
      against: [custom, rule('rule.bedrock.batchJobs', 'results come back when the job finishes, not per request')],
    });
  return out;
}
