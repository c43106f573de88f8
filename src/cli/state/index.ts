import type { Command } from 'commander';
import { toCommand } from '../define.js';
import { applySpec } from './apply.js';
import { exportSpec } from './export.js';
import { planSpec } from './plan.js';
import { schemaSpec } from './schema.js';

/** Declarative state: plan, apply, export and schema sit at the top level, like terraform's. */
export function registerState(program: Command): void {
  for (const spec of [planSpec, applySpec, exportSpec, schemaSpec]) program.addCommand(toCommand(spec));
}
