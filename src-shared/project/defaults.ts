/** The project a user starts from: a plausible workload and no designs yet. */
import { PROJECT_FORMAT, PROJECT_VERSION, type Project } from './schema';

export function newProject(name = 'Untitled project'): Project {
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    name,
    region: 'us-east-1',
    workload: {
      traffic: { pattern: 'business-hours', requestsPerSecond: 10 },
      inferenceMs: 100,
      requestKiB: 50,
      responseKiB: 5,
      latencyTargetMs: 500,
      models: { count: 1, sizeGB: 1.5 },
      needsGpu: false,
      interruptible: false,
      commitmentYears: 0,
    },
    designs: [],
  };
}
