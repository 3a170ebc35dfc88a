import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_HEADER, CSP_META } from './csp';

const read = (path: string): string => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

/** The policy as a map from directive to its sources, to compare by meaning and read failures. */
const parse = (policy: string): Map<string, string> =>
  new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = '', ...sources]) => [name, sources.join(' ')]),
  );

describe('the one Content-Security-Policy', () => {
  it('forbids what the app never does: plugins, <base>, form posts, being framed', () => {
    const policy = parse(CSP_HEADER);
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('base-uri')).toBe("'none'");
    expect(policy.get('form-action')).toBe("'none'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
    // Nothing may be fetched from another origin, by the page or the worker.
    expect(policy.get('connect-src')).toBe("'self' blob:");
    expect(policy.get('default-src')).toBe("'self'");
  });

  it('leaves out of the meta what a meta cannot carry, and nothing else', () => {
    const header = parse(CSP_HEADER);
    header.delete('frame-ancestors');
    expect(parse(CSP_META)).toEqual(header);
  });

  it.each(['index.html', 'eval.html', 'bench.html'])('%s carries the policy as its meta fallback', (page) => {
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(read(page));
    expect(meta?.[1]).toBe(CSP_META);
  });

  it('public/_headers sends the same policy for every path on static hosts', () => {
    const lines = read('public/_headers')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'));
    expect(lines).toEqual(['/*', `  Content-Security-Policy: ${CSP_HEADER}`]);
  });

  it('the nginx line in docs/deploy.md is the same policy', () => {
    expect(read('docs/deploy.md')).toContain(`add_header Content-Security-Policy "${CSP_HEADER}" always;`);
  });
});
