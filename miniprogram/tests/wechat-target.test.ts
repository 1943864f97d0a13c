import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain ES module of the build scripts, without types
import { forWeChat, h5OnlyUses } from '../scripts/wechat-target.mjs'

describe('no H5-only API on the WeChat target', () => {
  it('keeps what WeChat compiles and blanks H5-only blocks, line numbers kept', () => {
    const source = [
      'const a = 1',
      '// #ifdef H5',
      'window.open(url)',
      '// #endif',
      '// #ifndef MP-WEIXIN',
      'document.title = "x"',
      '// #endif',
      '// #ifdef MP-WEIXIN',
      'uni.login()',
      '// #endif',
      '// #ifndef H5',
      'uni.setClipboardData({})',
      '// #endif',
    ].join('\n')
    const lines = forWeChat(source).split('\n')
    expect(lines).toHaveLength(13)
    expect(lines[0]).toBe('const a = 1')
    expect(lines[2]).toBe('')
    expect(lines[5]).toBe('')
    expect(lines[8]).toBe('uni.login()')
    expect(lines[11]).toBe('uni.setClipboardData({})')
    expect(h5OnlyUses(source, false)).toEqual([])
  })

  it('finds H5-only APIs and HTML tags outside those blocks', () => {
    const source = [
      'fetch("/x")',
      'const r = new FileReader()',
      'localStorage.setItem("a", "b")',
      'uni.request({})', // fine
      'api.fetch(1)', // a method named fetch: fine
      '// window.open is fine in a comment',
      '<a href="/x">x</a>',
      '<!-- #ifdef H5 -->',
      '<a href="/y">y</a>',
      '<!-- #endif -->',
      '<navigator url="/pages/x">x</navigator>', // uni-app component: fine
    ].join('\n')
    expect(h5OnlyUses(source, true)).toEqual([
      [1, 'fetch()'],
      [2, 'FileReader'],
      [3, 'localStorage/sessionStorage'],
      [7, 'an HTML-only tag'],
    ])
  })
})
