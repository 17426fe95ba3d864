import { describe, expect, it } from 'vitest';
import { checkXml } from '../../test/xml-well-formed.ts';
import { junitXml, xmlEscape } from './junit-report.ts';

describe('junitXml', () => {
  const xml = junitXml([
    {
      name: 'orders/happy',
      title: 'Happy <path> & "more"',
      file: 'orders/happy.test.json',
      outcome: 'pass',
      seconds: 0.012,
    },
    {
      name: 'orders/declined',
      title: 'orders/declined',
      file: 'orders/declined.test.json',
      outcome: 'fail',
      seconds: 0.004,
      message: 'the outcome differs from expected',
      details: ['cause: expected "a"', '       got      "b\u0001"'],
    },
    {
      name: 'top',
      title: 'top',
      file: 'top.test.yaml',
      outcome: 'error',
      seconds: 0,
      message: "invalid case: /expected: must have required property 'status'",
    },
    {
      name: 'orders/aws',
      title: 'orders/aws',
      file: 'orders/aws.test.json',
      outcome: 'skip',
      seconds: 0,
      message: 'the case runs only on AWS',
    },
  ]);

  it('is well-formed XML with one suite per directory and one testcase per test', () => {
    expect(checkXml(xml)).toStrictEqual({
      problems: [],
      elements: [
        'testsuites',
        'testsuite',
        'testcase',
        'testcase',
        'failure',
        'testcase',
        'skipped',
        'testsuite',
        'testcase',
        'error',
      ],
    });
  });

  it('counts failures, errors and skips at every level', () => {
    const lines = xml.split('\n');
    expect(lines.slice(0, 3)).toStrictEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<testsuites name="aslkit test" tests="4" failures="1" errors="1" skipped="1" time="0.016">',
      '  <testsuite name="orders" tests="3" failures="1" errors="0" skipped="1" time="0.016">',
    ]);
    expect(lines[3]).toBe(
      '    <testcase name="orders/happy: Happy &lt;path&gt; &amp; &quot;more&quot;" classname="orders" file="orders/happy.test.json" time="0.012"/>',
    );
  });

  it('puts the differences in the failure, without the characters XML forbids', () => {
    expect(xml).toContain(
      '<failure message="the outcome differs from expected" type="fail">cause: expected &quot;a&quot;\n       got      &quot;b&quot;</failure>',
    );
  });

  it('escapes the five XML specials', () => {
    expect(xmlEscape(`<a href="x">&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;',
    );
  });
});

describe('checkXml', () => {
  it('finds what makes a document not well-formed', () => {
    expect(checkXml('<a><b></a>').problems).toStrictEqual(['</a> closes <b>', 'unclosed <a>']);
    expect(checkXml('<a x="1" x="2">&</a>').problems).toStrictEqual([
      'duplicate attribute x on <a>',
      'stray & in text: &',
    ]);
  });

  it('names the class of a test outside the working directory after its real directories', () => {
    const outside = junitXml([
      {
        name: '../../shared/orders/x',
        title: 'x',
        file: '../../shared/orders/x.test.json',
        outcome: 'pass',
        seconds: 0,
      },
      { name: '../top', title: 'top', file: '../top.test.json', outcome: 'pass', seconds: 0 },
    ]);
    expect(outside).toContain('classname="shared.orders"');
    expect(outside).toContain('classname="tests"');
    expect(outside).not.toContain('classname="..');
  });
});
