/**
 * A webpack loader run after esbuild-loader: rewrites each regular-expression literal that an
 * ECMAScript `ecmaVersion` parser refuses (in practice `\p{...}` escapes, ES2018) as
 * `(new RegExp("pattern", "flags"))`. esbuild does the same for the flags and groups it lowers
 * (dotAll, named groups, lookbehind), but leaves Unicode property escapes in literals; a webview
 * that predates them fails on the whole script at parse time, whereas a `new RegExp` only at the
 * line that runs it. The behaviour is the same in every engine that has the feature.
 */
const acorn = require("acorn");

/** Whether `/pattern/flags` is a regular expression literal at this ECMAScript version. */
function literalParses(pattern, flags, ecmaVersion) {
  try {
    acorn.parse(`/${pattern}/${flags}`, { ecmaVersion });
    return true;
  } catch {
    return false;
  }
}

/** The source with refused regular-expression literals written as RegExp calls (unchanged when there are none). */
function lowerRegExpLiterals(source, ecmaVersion) {
  // Cheap test first: only a backslash-p or -P escape is left for this loader to do.
  if (!/\\[pP]\{/.test(source)) return source;
  const literals = [];
  const onToken = (token) => {
    if (token.type === acorn.tokTypes.regexp && !literalParses(token.value.pattern, token.value.flags, ecmaVersion)) literals.push(token);
  };
  try {
    acorn.parse(source, { ecmaVersion: "latest", sourceType: "module", allowHashBang: true, allowReturnOutsideFunction: true, onToken });
  } catch {
    literals.length = 0;
    try {
      acorn.parse(source, { ecmaVersion: "latest", sourceType: "script", allowHashBang: true, allowReturnOutsideFunction: true, onToken });
    } catch {
      return source; // not JavaScript this parser reads: left as it is, and the bundle test names it
    }
  }
  let out = "";
  let at = 0;
  for (const token of literals) {
    out += source.slice(at, token.start) + `(new RegExp(${JSON.stringify(token.value.pattern)}, ${JSON.stringify(token.value.flags)}))`;
    at = token.end;
  }
  return out + source.slice(at);
}

module.exports = function regexpLiteralLoader(source, map) {
  const { ecmaVersion = 2017 } = this.getOptions();
  this.callback(null, lowerRegExpLiterals(source, ecmaVersion), map);
};
module.exports.lowerRegExpLiterals = lowerRegExpLiterals;
