import { axe } from 'jest-axe';

/** Fails with the rule ids and the offending markup, which is what one needs to fix them. */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const results = await axe(container);
  const problems = results.violations.map(
    (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n  ${v.nodes.map((n) => n.html).join('\n  ')}`,
  );
  expect(problems).toEqual([]);
}
