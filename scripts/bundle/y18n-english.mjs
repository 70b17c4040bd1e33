// Stands in for y18n (yargs' string translation) in the bundle: English only, no files.
// yargs' ESM shim points y18n at `<its folder>/../../../locales`, which in the bundle is
// `<install>/../locales`, outside the package: whoever can write there could change the help
// text, and a broken file there broke every command (issue 11, item 6). wsus-doctor's own texts
// are English, so yargs' strings are too: the key is the English text, formatted as y18n does
// (util.format; plural by count; %d gets the count), and updateStrings() still works in memory.
import { format } from 'node:util';

export default function y18n() {
  let locale = 'en';
  const overrides = Object.create(null);
  const __ = (str, ...args) => {
    if (typeof str !== 'string') {
      // Tagged template: __`text ${x}`.
      const [parts, ...values] = [str, ...args];
      return format(parts.join('%s'), ...values);
    }
    if (typeof args[args.length - 1] === 'function') args.pop()();
    return format(overrides[str] ?? str, ...args);
  };
  const __n = (singular, plural, quantity, ...args) => {
    if (typeof args[args.length - 1] === 'function') args.pop()();
    const entry = overrides[singular];
    const text = entry && typeof entry === 'object' ? entry[quantity === 1 ? 'one' : 'other'] : quantity === 1 ? singular : plural;
    return text.includes('%d') ? format(text, quantity, ...args) : format(text, ...args);
  };
  return {
    __,
    __n,
    setLocale: (value) => {
      locale = value;
    },
    getLocale: () => locale,
    updateLocale: (strings) => {
      for (const key of Object.keys(strings)) overrides[key] = strings[key];
    },
    locale,
  };
}
