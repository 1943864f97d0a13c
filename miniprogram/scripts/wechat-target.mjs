// What the WeChat target must not use: H5-only APIs and HTML tags outside
// uni-app's `#ifdef H5` / `#ifndef MP-WEIXIN` blocks. Used by check-mp.mjs,
// unit-tested in tests/wechat-target.test.ts.
export const H5_APIS = [
  [/\bwindow\s*\./, 'window'],
  [/\bdocument\s*\./, 'document'],
  [/\b(?:local|session)Storage\b/, 'localStorage/sessionStorage'],
  [/(?<![.\w])fetch\s*\(/, 'fetch()'],
  [/\bXMLHttpRequest\b/, 'XMLHttpRequest'],
  [/\bFileReader\b/, 'FileReader'],
  [/\bnavigator\s*\./, 'navigator.*'],
  [/\blocation\s*\.\s*(?:href|origin|hash|reload|assign)/, 'location'],
  [/\bhistory\s*\.\s*(?:pushState|back|go)\b/, 'history'],
]
export const HTML_TAGS = /<(a|div|span|img|p|ul|li|button\s+type|form|iframe)[\s>]/

/** The source as the WeChat target compiles it: H5-only blocks blanked (line numbers kept). */
export function forWeChat(text) {
  const lines = text.split('\n')
  const stack = []
  return lines
    .map((line) => {
      const directive = /#(ifdef|ifndef|endif)\b\s*([\w-| ]*)/.exec(line)
      if (directive) {
        const [, kind, cond] = directive
        if (kind === 'endif') stack.pop()
        else {
          const platforms = cond.split('||').map((c) => c.trim())
          const skip =
            kind === 'ifdef' ? !platforms.some((p) => p === 'MP-WEIXIN' || p === 'MP') : platforms.includes('MP-WEIXIN')
          stack.push(skip)
        }
        return ''
      }
      return stack.some(Boolean) ? '' : line
    })
    .join('\n')
}

/** Problems of one source file on the WeChat target: `[line, what]`. */
export function h5OnlyUses(text, isVue) {
  const found = []
  forWeChat(text)
    .split('\n')
    .forEach((line, i) => {
      const code = line.replace(/\/\/.*$/, '')
      for (const [pattern, name] of H5_APIS) if (pattern.test(code)) found.push([i + 1, name])
      if (isVue && HTML_TAGS.test(code)) found.push([i + 1, 'an HTML-only tag'])
    })
  return found
}
