// Writes the heading ids GitHub gives a set of headings, as github-slugger 2.0.0 computes them, to
// tests/KratomArticle.Tests/Markdown/Specs/github-slugs.json, and which characters it keeps in an id to
// github-slug-characters.txt, for GitHubSlugTests to compare the generator's ids with.
// Run after `npm ci --prefix tests/tools`:  node tests/tools/github-slugs.mjs
import { writeFileSync } from 'node:fs'
import { slug } from 'github-slugger'

// [name, heading text]. Names the script or Unicode category a case is about; "plain" cases are also built as
// Markdown headings, so they hold no character that Markdown reads as markup.
const cases = [
  ['Latin', 'Hello World'],
  ['Latin', "Kratom's Impact: Mechanisms & Evidence"],
  ['Latin', 'Ünïcödé Straße'],
  ['Latin', 'C# and F#?'],
  ['Latin', 'under_score and hy-phen'],
  ['Latin', 'Risks and benefits'],
  ['Latin', 'ẞ capital sharp s'],
  ['Latin', 'Ǆemal ǅ titlecase'],
  ['Latin', 'Łódź Ørsted Ægir'],
  ['Decomposed accents', 'a\u0300 la carte'],
  ['Decomposed accents', 'Cafe\u0301 n\u0303 o\u0308'],
  ['Decomposed accents', 'A\u030A ring'],
  ['Devanagari', 'नमस्ते दुनिया'],
  ['Devanagari', 'हिन्दी शीर्षक २०२४'],
  ['Bengali', 'বাংলা ভাষা'],
  ['Tamil', 'தமிழ் மொழி'],
  ['Sinhala', 'සිංහල භාෂාව'],
  ['Thai', 'ภาษาไทย ทดสอบ'],
  ['Thai', 'สวัสดีครับ ๒๕๖๗'],
  ['Khmer', 'ភាសាខ្មែរ'],
  ['Tibetan', 'བོད་ཡིག'],
  ['Arabic', 'اللغة العربية'],
  ['Arabic', 'مَرْحَبًا بِكُمْ'],
  ['Arabic', 'الفصل ١٢، الجزء ٣؟'],
  ['Persian', 'زبان فارسی ۱۴۰۳'],
  ['Hebrew', 'שלום עולם'],
  ['Hebrew', 'שָׁלוֹם'],
  ['Hebrew', 'בית־ספר'],
  ['Cyrillic', 'Привет мир'],
  ['Cyrillic', 'ЁЖИК в тумане'],
  ['Cyrillic', 'Ґанок і Її'],
  ['Greek', 'ΟΔΟΣ ΣΟΦΙΑΣ'],
  ['Greek', 'Ἀθῆναι Ἑλλάς'],
  ['Greek', 'ΑΣ. ΣΑ ΑΣΑ'],
  ['Greek', 'Σ ΣΣ'],
  ['Armenian', 'Հայերեն Լեզու'],
  ['Georgian', 'ქართული ᲐᲑᲒ'],
  ['Ethiopic', 'ሰላም ዓለም'],
  ['Cherokee', 'ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ'],
  ['CJK', '中文标题'],
  ['CJK', '日本語の見出し'],
  ['CJK', 'カタカナー テスト'],
  ['CJK', '한국어 제목'],
  ['CJK', 'Chinese，标点。'],
  ['CJK', '「括弧」の中'],
  ['CJK', 'ＡＢＣ　全角'],
  ['CJK Extension B', '𠀀𠀁𠂊 𪚥'],
  ['Deseret', '𐐀𐐨 Deseret'],
  ['Osage', '𐒰𐓘 Osage'],
  ['Mathematical letters', '𝐀𝐁 bold 𝔸'],
  ['Emoji', '😀 emoji'],
  ['Emoji', '👍🏽 thumbs up'],
  ['Emoji', '👨‍👩‍👧 family'],
  ['Emoji', '🇳🇿 flag'],
  ['Emoji', '❤️ love'],
  ['Letter numbers', 'Chapter Ⅻ'],
  ['Letter numbers', 'ⅰⅱⅲ Ⅳ'],
  ['Circled letters', 'Ⓐ ⓑ 🅐 🄰 🅰'],
  ['Other numbers', 'x² + y³'],
  ['Other numbers', '½ cup ① ②'],
  ['Dotted capital I', 'İstanbul'],
  ['Dotted capital I', 'DİYARBAKIR ıi'],
  ['Connector punctuation', 'snake_case a‿b a⁀b'],
  ['Connector punctuation', 'ｆｕｌｌ＿ｗｉｄｔｈ'],
  ['Dash punctuation', 'en–dash em—dash minus − sign'],
  ['Open and close punctuation', '(round) [square] {curly}'],
  ['Initial and final punctuation', '“Quoted” «guillemets» ‘single’'],
  ['Other punctuation', '¿Qué? ¡Sí! Hello, world: part 1.'],
  ['Math symbols', 'a + b = c ∑ ∞ ≠'],
  ['Currency symbols', 'Price $5 & €10 ¥'],
  ['Modifier symbols', '^caret `grave ¨ ˘'],
  ['Other symbols', '©2024™ → ° ♥'],
  ['Modifier letters', 'ʰaspirated ʼokina'],
  ['Spacing marks', 'कि को'],
  ['Enclosing marks', 'a\u20DD b\u20DE'],
  ['Line separator', 'line\u2028separator'],
  ['Paragraph separator', 'para\u2029graph'],
  ['Space separators', 'no\u00A0break'],
  ['Space separators', 'ideographic\u3000space'],
  ['Space separators', 'thin\u2009hair\u200Aspace'],
  ['Space separators', 'two  spaces'],
  ['Control', 'tab\tinside'],
  ['Control', 'bell\u0007char'],
  ['Format', 'soft\u00ADhyphen'],
  ['Format', 'zero\u200Bwidth joiner\u200D'],
  ['Format', 'rtl\u200Fmark\u202Eoverride'],
  ['Private use', '\uE000private\uF8FF'],
  ['Mixed', 'Привет non-latin 你好'],
  ['Mixed', 'Kratom (Mitragyna speciosa): 7-OH & μ-opioid'],
]

const plain = text => !/[\\`*_[\]<>{}&#!|~^]/u.test(text) && !/[\p{C}\p{Z}]/u.test(text.replaceAll(' ', ''))
// Invisible characters are written as escapes, so the file can be read and reviewed.
const escape = json => json.replace(/[\p{C}\p{Z}]/gu, c => c === ' ' ? c : [...c].map(u => '\\u' + u.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')).join(''))

const lines = cases.map(([name, text]) =>
  escape(JSON.stringify({ name, text, slug: slug(text), plain: plain(text) })))
const target = new URL('../KratomArticle.Tests/Markdown/Specs/github-slugs.json', import.meta.url)
writeFileSync(target, '[\n  ' + lines.join(',\n  ') + '\n]\n')
console.log(`${cases.length} headings written to ${target.pathname}`)

// Every character github-slugger keeps, as ranges of code points ("kept 0030-0039"), and the characters it drops only
// because its Unicode 13 tables do not have them yet, while newer Unicode makes them letters, marks or numbers ("newer").
const current = /[\p{L}\p{M}\p{Nd}\p{Nl}\p{Pc}\p{Alphabetic}]/u
const ranges = []
for (let cp = 0; cp <= 0x10FFFF; cp++) {
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp === 0x20 || cp === 0x2D) continue
  const character = String.fromCodePoint(cp)
  const kind = slug(character) !== '' ? 'kept' : current.test(character) ? 'newer' : null
  const last = ranges[ranges.length - 1]
  if (kind && last && last.kind === kind && last.to === cp - 1) last.to = cp
  else if (kind) ranges.push({ kind, from: cp, to: cp })
}
const hex = cp => cp.toString(16).toUpperCase().padStart(4, '0')
const characters = new URL('../KratomArticle.Tests/Markdown/Specs/github-slug-characters.txt', import.meta.url)
writeFileSync(characters, ranges.map(r => `${r.kind} ${hex(r.from)}-${hex(r.to)}`).join('\n') + '\n')
console.log(`${ranges.length} ranges of characters written to ${characters.pathname}`)
