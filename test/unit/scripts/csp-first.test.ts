import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { putCspFirst } from '../../../scripts/csp-first';
import { builtPages } from '../../support/dist';

const CSP = '<meta http-equiv="content-security-policy" content="script-src \'self\'">';

describe('putCspFirst', () => {
  test('moves the policy from the end of <head> to right after the charset', () => {
    const html = `<html><head><meta charset="utf-8"><title>x</title><script>go()</script>${CSP}</head></html>`;
    expect(putCspFirst(html)).toBe(`<html><head><meta charset="utf-8">${CSP}<title>x</title><script>go()</script></head></html>`);
  });

  test('refuses a page without a policy rather than ship it unprotected', () => {
    expect(() => putCspFirst('<head><meta charset="utf-8"></head>', 'embed/index.html')).toThrow('embed/index.html: no Content-Security-Policy <meta> to move');
  });
});

describe.each(builtPages())('the built page $page', ({ html }) => {
  const head = html.slice(0, html.indexOf('</head>'));

  test('has one policy, right after the charset, before every script, style and stylesheet', () => {
    expect(html.match(/http-equiv="content-security-policy"/g)).toHaveLength(1);
    expect(head).toMatch(/^<!DOCTYPE html><html[^>]*>\s*<head><meta charset="utf-8"><meta http-equiv="content-security-policy" /);
    const policyAt = html.indexOf('http-equiv="content-security-policy"');
    for (const tag of ['<script', '<style', '<link rel="stylesheet"']) {
      const first = html.indexOf(tag);
      if (first !== -1) expect(first).toBeGreaterThan(policyAt);
    }
  });

  test('lists the hash of every inline script, so each one still runs under it', () => {
    const policy = /http-equiv="content-security-policy" content="([^"]*)"/.exec(html)![1]!;
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
    expect(inline.length).toBeGreaterThan(0);
    for (const script of inline) expect(policy).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
  });
});
