/**
 * The registry of build targets the toolchain knows. A target absent here
 * is an error naming the ones that exist.
 */
import { UkError } from '../util/errors';
import { kvmArm64 } from './kvm-arm64';
import { kvmX86_64 } from './kvm-x86_64';
import { linuxuArm64 } from './linuxu-arm64';
import { linuxuX86_64 } from './linuxu-x86_64';
import { xenArm64 } from './xen-arm64';
import { xenX86_64 } from './xen-x86_64';
import type { TargetSpec } from './types';

const SPECS: readonly TargetSpec[] = [kvmX86_64, linuxuX86_64, xenX86_64, kvmArm64, linuxuArm64, xenArm64];

export const TARGET_SPECS: ReadonlyMap<string, TargetSpec> = new Map(SPECS.map((s) => [s.name, s]));

export function targetSpec(name: string): TargetSpec {
  const spec = TARGET_SPECS.get(name);
  if (!spec) {
    throw new UkError(
      `target ${name} is not supported by the toolchain yet (supported: ${[...TARGET_SPECS.keys()].join(', ')})`,
    );
  }
  return spec;
}

export type { TargetSpec, BootCommand, BootOptions, ImageStepRequest } from './types';
