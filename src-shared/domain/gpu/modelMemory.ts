/**
 * How much accelerator memory a model needs to serve: its weights, working room for the KV cache and
 * the runtime's own overhead (README, "GPU and LLM serving"). Two stated rules:
 * - with the KV cache known (from its formula, when the model's shape, context and concurrency are
 *   known): weights + KV cache must fit in the memory the serving runtime takes (90%, vLLM's default
 *   `gpu_memory_utilization`; the rest is the CUDA context and other processes);
 * - otherwise: weights × 1.2, the common serving rule "M = P × (Q / 8) × 1.2" (20% on top of the
 *   weights for the KV cache and activations; Sam Stoelinga, "Calculating GPU memory for serving
 *   LLMs", substratus.ai, 2023).
 */

/** Bytes per parameter when the workload gives parameters but no precision: FP16/BF16. */
export const DEFAULT_BYTES_PER_PARAMETER = 2;
/** The serving rule's working room on top of the weights when the KV cache is not known. */
export const KV_WORKING_ROOM_SHARE = 0.2;
/** Share of device memory a serving runtime takes for weights and KV cache (vLLM default 0.9). */
export const RUNTIME_MEMORY_SHARE = 0.9;

/** The model fields of a workload that say how big a model is. */
export interface ModelSizeFields {
  sizeGB: number;
  parametersBillions?: number | undefined;
  bytesPerParameter?: number | undefined;
}

/** The weights of one model, GB, and how they were worked out. */
export interface ModelWeights {
  weightsGB: number;
  basis: string;
}

/** Weights = parameters × bytes per parameter when the parameters are given, else `sizeGB`. */
export function modelWeights(model: ModelSizeFields): ModelWeights {
  if (model.parametersBillions !== undefined) {
    const bytes = model.bytesPerParameter ?? DEFAULT_BYTES_PER_PARAMETER;
    const assumed = model.bytesPerParameter === undefined ? ' (FP16/BF16 assumed)' : '';
    return {
      weightsGB: model.parametersBillions * bytes,
      basis: `${model.parametersBillions}B parameters × ${bytes} bytes${assumed}`,
    };
  }
  return { weightsGB: model.sizeGB, basis: `model size ${model.sizeGB} GB` };
}

/** A transformer's shape and load, for the KV cache formula. */
export interface KvCacheShape {
  layers: number;
  /** Key/value heads (fewer than attention heads with grouped-query attention). */
  kvHeads: number;
  headDim: number;
  /** Bytes per cached value (2 for an FP16 cache, 1 for FP8). */
  bytesPerValue: number;
  /** Tokens per sequence: input + output tokens of a request. */
  tokensPerSequence: number;
  /** Sequences in memory at once. */
  sequences: number;
}

/**
 * KV cache size, GB: 2 (key and value) × layers × KV heads × head size × bytes × tokens × sequences
 * (NVIDIA, "Mastering LLM Techniques: Inference Optimization", 2023).
 */
export function kvCacheGB(s: KvCacheShape): number {
  return (2 * s.layers * s.kvHeads * s.headDim * s.bytesPerValue * s.tokensPerSequence * s.sequences) / 1e9;
}

/** What one model needs in accelerator memory, and the rule that says so. */
export interface MemoryNeed {
  weightsGB: number;
  /**
   * Memory the model needs across the devices it runs on, GB, compared with the devices' raw memory:
   * for the KV-known rule, (weights + KV) ÷ the runtime's share, so both rules compare like with like.
   */
  requiredGB: number;
  rule: string;
}

/** The memory need of one model: by the KV formula when `kvGB` is given, else by the 1.2 × weights rule. */
export function memoryNeed(model: ModelSizeFields, kvGB?: number): MemoryNeed {
  const w = modelWeights(model);
  if (kvGB !== undefined)
    return {
      weightsGB: w.weightsGB,
      requiredGB: (w.weightsGB + kvGB) / RUNTIME_MEMORY_SHARE,
      rule: `weights (${w.basis}) + KV cache ${round(kvGB)} GB within ${RUNTIME_MEMORY_SHARE * 100}% of device memory (vLLM default)`,
    };
  return {
    weightsGB: w.weightsGB,
    requiredGB: w.weightsGB * (1 + KV_WORKING_ROOM_SHARE),
    rule: `weights (${w.basis}) + ${KV_WORKING_ROOM_SHARE * 100}% for the KV cache and activations (serving rule 1.2 × weights)`,
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
