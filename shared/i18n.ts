// One message format for every side (kiosk screens, export labels, server answers): `{name}`
// placeholders and ICU plurals, `{count, plural, one {# erreur} other {# erreurs}}`, chosen by
// Intl.PluralRules. A message's parameters are read from the French source by the type checker,
// so a missing or misspelt one fails `tsc` instead of printing `{count}`.
import type { LanguageCode } from './types';

/** The locale each language formats dates, times and numbers in: Belgium's, and British English. */
export const LOCALES: Record<LanguageCode, string> = {
  fr: 'fr-BE',
  nl: 'nl-BE',
  de: 'de-BE',
  en: 'en-GB',
};

// ---- Parameters, from the template's text ---------------------------------------------------

type Separator = ' ' | ',' | '{' | '}' | '#' | '=' | '\n';
type Ident<S extends string> = S extends ''
  ? never
  : S extends `${string}${Separator}${string}`
    ? never
    : S;
type Entry = [name: string, kind: 'text' | 'count'];

/** Text outside any plural: the next `{` opens a placeholder or a plural. */
type Scan<S extends string, Acc extends Entry> = S extends `${string}{${infer Tail}`
  ? Open<Tail, Acc>
  : Acc;
type Open<T extends string, Acc extends Entry> = T extends `${infer Name}}${infer Rest}`
  ? Name extends Ident<Name>
    ? Scan<Rest, Acc | [Name, 'text']>
    : Plural<T, Acc>
  : Acc;
type Plural<T extends string, Acc extends Entry> = T extends `${infer Name}, plural,${infer Rest}`
  ? Name extends Ident<Name>
    ? Branches<Rest, [], Acc | [Name, 'count']>
    : Acc
  : Acc;
/** Inside a plural: `Depth` counts open branches; a `{name}` inside a branch is a placeholder. */
type Branches<
  S extends string,
  Depth extends unknown[],
  Acc extends Entry,
> = S extends `{${infer Tail}`
  ? Tail extends `${infer Name}}${infer Rest}`
    ? Name extends Ident<Name>
      ? Depth extends []
        ? Branches<Rest, Depth, Acc> // a one-word branch: `one {erreur}`
        : Branches<Rest, Depth, Acc | [Name, 'text']>
      : Branches<Tail, [...Depth, 1], Acc>
    : Acc
  : S extends `}${infer Rest}`
    ? Depth extends [unknown, ...infer Outer]
      ? Branches<Rest, Outer, Acc>
      : Scan<Rest, Acc>
    : S extends `${string}${infer Rest}`
      ? Branches<Rest, Depth, Acc>
      : Acc;

type ValueOf<Kind> = Kind extends 'count' ? number : string | number;
/** The parameters a template needs: `{name}` takes text or a number, a plural's selector a number. */
export type ParamsOf<Template extends string> = {
  [E in Scan<Template, never> as E[0]]: ValueOf<E[1]>;
};
/** No argument for a template without parameters, exactly its parameters otherwise. */
export type ParamArgs<Template extends string> = string extends Template
  ? [params?: Record<string, string | number>]
  : keyof ParamsOf<Template> extends never
    ? []
    : [params: ParamsOf<Template>];

// ---- Formatting ------------------------------------------------------------------------------

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();
function cached<T>(cache: Map<string, T>, locale: string, make: () => T): T {
  let value = cache.get(locale);
  if (value === undefined) cache.set(locale, (value = make()));
  return value;
}
const formatNumber = (locale: string, n: number) =>
  cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(n);

/**
 * Fills a template in `language`. Numbers are written in the language's locale ("1 500" in
 * French). A placeholder without a value stays visible, so a mistake shows instead of vanishing.
 */
export function formatMessage(
  language: LanguageCode,
  template: string,
  params?: Readonly<Record<string, string | number>>,
): string {
  if (!template.includes('{')) return template;
  const locale = LOCALES[language];
  return new Formatter(template, locale, params ?? {}).text(null, 0);
}

/** A translate function over per-language dictionaries whose French one is the typed source. */
export function createTranslate<Source extends Record<string, string>>(
  dictionaries: Record<LanguageCode, { readonly [K in keyof Source]: string }>,
) {
  return <K extends keyof Source & string>(
    language: LanguageCode,
    key: K,
    ...params: ParamArgs<Source[K]>
  ): string => formatMessage(language, dictionaries[language][key], params[0]);
}

class Formatter {
  private at = 0;
  constructor(
    private readonly source: string,
    private readonly locale: string,
    private readonly params: Readonly<Record<string, string | number>>,
  ) {}

  /** Text up to the end, or up to the `}` closing a branch; `#` is the branch's count. */
  text(count: number | null, depth: number): string {
    let out = '';
    while (this.at < this.source.length) {
      const char = this.source[this.at]!;
      if (char === '}' && depth > 0) return out;
      if (char === '#' && count !== null) {
        out += formatNumber(this.locale, count);
        this.at += 1;
      } else if (char === '{') {
        out += this.argument(count, depth);
      } else {
        out += char;
        this.at += 1;
      }
    }
    return out;
  }

  private argument(count: number | null, depth: number): string {
    const start = this.at;
    const simple = /^\{(\w+)\}/.exec(this.source.slice(start));
    if (simple) {
      this.at += simple[0].length;
      const value = this.params[simple[1]!];
      if (value === undefined) return simple[0];
      return typeof value === 'number' ? formatNumber(this.locale, value) : value;
    }
    const plural = /^\{(\w+), plural,/.exec(this.source.slice(start));
    if (!plural) {
      // Not ours: a literal brace, written as it is.
      this.at += 1;
      return '{' + this.text(count, depth + 1) + this.close();
    }
    this.at += plural[0].length;
    const value = this.params[plural[1]!];
    const n = typeof value === 'number' ? value : Number(value);
    const category = Number.isFinite(n)
      ? cached(pluralRules, this.locale, () => new Intl.PluralRules(this.locale)).select(n)
      : 'other';
    const branches = new Map<string, string>();
    for (;;) {
      const selector = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(
        this.source.slice(this.at),
      );
      if (!selector) break;
      this.at += selector[0].length;
      branches.set(selector[1]!, this.text(Number.isFinite(n) ? n : null, depth + 1));
      this.close();
    }
    this.at = this.source.indexOf('}', this.at) + 1 || this.source.length;
    if (!Number.isFinite(n)) return this.source.slice(start, this.at);
    return branches.get(`=${n}`) ?? branches.get(category) ?? branches.get('other') ?? '';
  }

  private close(): string {
    if (this.source[this.at] === '}') {
      this.at += 1;
      return '}';
    }
    return '';
  }
}

// ---- Dates in sentences ---------------------------------------------------------------------

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A date written in a sentence, in the language's own way and Brussels' calendar: numeric
 * ("04/12/2026", "04.12.2026" in German) or long ("4 décembre 2026"). Never ISO, never the
 * browser's locale: staff read it in the language of the screen.
 */
export function formatDate(
  language: LanguageCode,
  at: number,
  style: 'numeric' | 'long' = 'numeric',
): string {
  const locale = LOCALES[language];
  return cached(dateFormats, `${locale} ${style}`, () =>
    style === 'long'
      ? new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Brussels', dateStyle: 'long' })
      : new Intl.DateTimeFormat(locale, {
          timeZone: 'Europe/Brussels',
          day: '2-digit',
          month: '2-digit',
          year: 'numeric',
        }),
  ).format(at);
}
